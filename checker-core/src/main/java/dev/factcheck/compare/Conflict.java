package dev.factcheck.compare;

import dev.factcheck.extract.Mention;
import java.util.Objects;

/**
 * Two mentions of a claim that cannot both be true. When the claim has an {@code expected} value, {@code first} is
 * that reference, placed at its rule file.
 */
public record Conflict(Mention first, Mention second) {
    public Conflict {
        Objects.requireNonNull(first, "first == null");
        Objects.requireNonNull(second, "second == null");
    }
}
