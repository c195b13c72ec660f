package dev.factcheck.rules;

import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.Quantity;
import java.util.Optional;

/** The spelling of a person's or place's name, against the forms the claim lists as right. */
public record NameKind() implements ClaimKind {
    @Override
    public String name() {
        return "name";
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
