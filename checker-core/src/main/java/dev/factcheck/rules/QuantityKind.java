package dev.factcheck.rules;

import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.Quantity;
import java.util.Objects;
import java.util.Optional;

/**
 * A measured quantity, one kind per {@link Dimension}: {@code duration}, {@code distance}, {@code money},
 * {@code percentage}, {@code age}, {@code date}, {@code time}, {@code ratio}, {@code ordinal}, {@code number}...
 */
public record QuantityKind(String name, Dimension measures) implements ClaimKind {
    public QuantityKind {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(measures, "measures == null");
    }

    @Override
    public Optional<Dimension> dimension() {
        return Optional.of(measures);
    }

    @Override
    public boolean accepts(Quantity quantity) {
        return quantity.dimension() == measures;
    }
}
