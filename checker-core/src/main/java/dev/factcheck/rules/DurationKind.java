package dev.factcheck.rules;

import dev.factcheck.quantity.Dimension;
import java.util.Optional;

/** A length of time: a meeting's length, an uprising's duration. */
public record DurationKind() implements ClaimKind {
    @Override
    public String name() {
        return "duration";
    }

    @Override
    public Optional<Dimension> dimension() {
        return Optional.of(Dimension.DURATION);
    }
}
