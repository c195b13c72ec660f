package dev.factcheck.quantity;

import dev.factcheck.source.TokenRange;
import java.util.Objects;

/** A quantity and the tokens it was read from, for binding it to nearby words. Internal, may change. */
public record ReadQuantity(Quantity quantity, TokenRange tokens) {
    public ReadQuantity {
        Objects.requireNonNull(quantity, "quantity == null");
        Objects.requireNonNull(tokens, "tokens == null");
    }
}
