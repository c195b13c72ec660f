package dev.factcheck.extract;

import java.util.Objects;

/**
 * A mention of a name claim: the form found and the listed form it is, or is nearly.
 *
 * @param listed the form of the claim's list that the text matches or nearly matches
 * @param spelling whether the text is that form or a near miss of it
 */
public record Named(String listed, Spelling spelling) implements Reading {
    /** A listed form, or a near miss: a letter or two off, other diacritics, another transliteration. */
    public enum Spelling {
        LISTED,
        NEAR_MISS
    }

    public Named {
        Objects.requireNonNull(listed, "listed == null");
        Objects.requireNonNull(spelling, "spelling == null");
    }
}
