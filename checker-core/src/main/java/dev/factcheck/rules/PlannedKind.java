package dev.factcheck.rules;

import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.Quantity;
import java.util.Optional;

/** A kind of the rule-file language that this version cannot check yet; its claims are reported as unchecked. */
public record PlannedKind(String name) implements ClaimKind {
    @Override
    public Optional<Dimension> dimension() {
        return Optional.empty();
    }

    @Override
    public boolean accepts(Quantity quantity) {
        return false;
    }
}
