package dev.factcheck.rules;

import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.Quantity;
import java.util.Optional;

/** The words of a named speaker, compared word by word across sources. */
public record QuoteKind() implements ClaimKind {
    @Override
    public String name() {
        return "quote";
    }

    @Override
    public Optional<Dimension> dimension() {
        return Optional.empty();
    }

    @Override
    public boolean accepts(Quantity quantity) {
        return false;
    }
}
