package dev.factcheck.extract;

import dev.factcheck.quantity.Quantity;
import java.util.Objects;

/** A mention of a quantity claim: the figure read. */
public record Measure(Quantity quantity) implements Reading {
    public Measure {
        Objects.requireNonNull(quantity, "quantity == null");
    }
}
