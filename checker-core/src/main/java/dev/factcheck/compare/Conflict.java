package dev.factcheck.compare;

import dev.factcheck.extract.Mention;
import java.util.List;
import java.util.Objects;

/**
 * Two mentions of a claim that cannot both be true. When the claim has an {@code expected} value, {@code first} is
 * that reference, placed at its rule file. For quotes, {@code changes} lists the words that differ.
 */
public record Conflict(Mention first, Mention second, List<WordChange> changes) {
    public Conflict {
        Objects.requireNonNull(first, "first == null");
        Objects.requireNonNull(second, "second == null");
        changes = List.copyOf(changes);
    }

    /** Two figures that cannot both be true. */
    public Conflict(Mention first, Mention second) {
        this(first, second, List.of());
    }
}
