package dev.factcheck.rules;

import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.Quantity;
import java.util.Optional;

/** A number of people or things: a death toll, a number of troops. A figure with a scale of its own is not one. */
public record CountKind() implements ClaimKind {
    @Override
    public String name() {
        return "count";
    }

    @Override
    public Optional<Dimension> dimension() {
        return Optional.of(Dimension.NUMBER);
    }

    @Override
    public boolean accepts(Quantity quantity) {
        return quantity.dimension() == Dimension.NUMBER && quantity.unit().isEmpty();
    }
}
