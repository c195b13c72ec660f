package dev.factcheck.rules;

import dev.factcheck.quantity.Dimension;
import java.util.Optional;

/** A number of people or things: a death toll, a number of troops. */
public record CountKind() implements ClaimKind {
    @Override
    public String name() {
        return "count";
    }

    @Override
    public Optional<Dimension> dimension() {
        return Optional.of(Dimension.NUMBER);
    }
}
