package dev.factcheck.rules;

import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.Quantity;
import java.util.List;
import java.util.Optional;

/**
 * What a claim is about. Each kind that factcheck can check is a record here; a kind of the rule-file language that
 * is not built yet is a {@link PlannedKind}, reported as unchecked rather than passed.
 */
public sealed interface ClaimKind permits CountKind, QuantityKind, QuoteKind, PlannedKind {

    /** Every kind name a rule file may use, built or planned. */
    List<String> NAMES = List.of(
            "count",
            "number",
            "duration",
            "distance",
            "mass",
            "area",
            "volume",
            "speed",
            "temperature",
            "money",
            "percentage",
            "age",
            "date",
            "time",
            "ratio",
            "ordinal",
            "quote",
            "name");

    /** The name written in rule files. */
    String name();

    /** The dimension of the figures this kind compares; empty when the kind is not built yet. */
    Optional<Dimension> dimension();

    /** Whether a figure read in a source can be a mention of a claim of this kind. */
    boolean accepts(Quantity quantity);

    /** The kind a rule file names, or empty when the name is unknown. */
    static Optional<ClaimKind> named(String name) {
        if (name.equals("count")) {
            return Optional.of(new CountKind());
        }
        if (name.equals("quote")) {
            return Optional.of(new QuoteKind());
        }
        Optional<ClaimKind> measured = Dimension.ofKind(name).map(d -> new QuantityKind(name, d));
        if (measured.isPresent()) {
            return measured;
        }
        return NAMES.contains(name) ? Optional.of(new PlannedKind(name)) : Optional.empty();
    }
}
