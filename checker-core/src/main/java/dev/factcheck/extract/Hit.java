package dev.factcheck.extract;

import dev.factcheck.source.TokenRange;

/** A rule's word or pattern found in a sentence: which claim's, in what role, on which tokens. */
record Hit(int claim, Role role, TokenRange tokens) {
    /** Tokens between this hit and a figure's tokens; 0 when they touch or overlap. */
    int distanceTo(TokenRange figure) {
        if (tokens.to() <= figure.from()) {
            return figure.from() - tokens.to();
        }
        return Math.max(0, tokens.from() - figure.to());
    }

    boolean isBefore(TokenRange figure) {
        return tokens.to() <= figure.from();
    }

    boolean isAfter(TokenRange figure) {
        return tokens.from() >= figure.to();
    }
}
