package dev.factcheck.compare;

import java.util.Objects;

/**
 * One word-level difference between two quotes of one passage: words replaced ({@code urged} → {@code urge}), dropped
 * from the first, or added in the second.
 */
public record WordChange(Type type, String from, String to) {
    /** What happened to the words. */
    public enum Type {
        REPLACED,
        DROPPED,
        ADDED
    }

    public WordChange {
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
    }

    /** {@code 'urged' → 'urge'}, {@code dropped 'Obviously'}, {@code added 'very'}. */
    public String describe() {
        return switch (type) {
            case REPLACED -> "'" + from + "' → '" + to + "'";
            case DROPPED -> "dropped '" + from + "'";
            case ADDED -> "added '" + to + "'";
        };
    }
}
