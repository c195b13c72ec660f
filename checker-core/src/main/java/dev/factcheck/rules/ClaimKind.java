package dev.factcheck.rules;

import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.Quantity;
import java.util.List;
import java.util.Optional;

/**
 * What a claim is about, one record per kind: counts, the measured quantities, quotes and names. A kind name that is
 * not one of {@link #NAMES} is a rule-file error, so no claim is ever passed unchecked.
 */
public sealed interface ClaimKind permits CountKind, QuantityKind, QuoteKind, NameKind {

    /** Every kind name a rule file may use. */
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

    /** The dimension of the figures this kind compares; empty for quotes and names. */
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
        if (name.equals("name")) {
            return Optional.of(new NameKind());
        }
        Optional<ClaimKind> measured = Dimension.ofKind(name).map(d -> new QuantityKind(name, d));
        if (measured.isPresent()) {
            return measured;
        }
        return Optional.empty();
    }
}
