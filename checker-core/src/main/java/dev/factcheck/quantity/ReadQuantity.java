package dev.factcheck.quantity;

import dev.factcheck.source.TokenRange;
import java.util.Objects;
import java.util.Optional;

/**
 * A quantity and the tokens it was read from, for binding it to nearby words. Internal, may change.
 *
 * @param quantity the quantity read
 * @param tokens the tokens it takes, hedge included
 * @param modifies the word a hyphen glues it to when it is a modifier ({@code two-story}, {@code 21-nation}): it
 *     counts that word's things and no other
 */
public record ReadQuantity(Quantity quantity, TokenRange tokens, Optional<Integer> modifies) {
    public ReadQuantity {
        Objects.requireNonNull(quantity, "quantity == null");
        Objects.requireNonNull(tokens, "tokens == null");
        Objects.requireNonNull(modifies, "modifies == null");
    }
}
