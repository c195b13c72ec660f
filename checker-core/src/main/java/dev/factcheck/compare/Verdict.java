package dev.factcheck.compare;

/** What the sources say about one claim, taken together. */
public enum Verdict {
    /** Every mention can be true at once, and more than one source mentions the claim. */
    AGREE,
    /** Two mentions cannot both be true; the result names the pair. */
    DIVERGE,
    /** Mentions stand in one source only, so there is nothing to compare. */
    SINGLE_SOURCE,
    /** No source mentions the claim. */
    NOT_FOUND;

    /** Whether this verdict counts against the claim's severity. */
    public boolean isProblem() {
        return this == DIVERGE || this == NOT_FOUND;
    }
}
