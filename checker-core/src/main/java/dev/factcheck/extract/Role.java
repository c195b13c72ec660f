package dev.factcheck.extract;

/** What a rule's word does where it is found: marks a mention, must stand by the figure, or rules it out. */
enum Role {
    NEAR,
    WITH,
    WITHOUT
}
