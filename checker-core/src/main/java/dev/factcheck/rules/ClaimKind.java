package dev.factcheck.rules;

import dev.factcheck.quantity.Dimension;
import java.util.List;
import java.util.Optional;

/**
 * What a claim is about. Each kind that factcheck can check is a record here; a kind of the rule-file language that
 * is not built yet is a {@link PlannedKind}, reported as unchecked rather than passed.
 */
public sealed interface ClaimKind permits CountKind, DurationKind, PlannedKind {

    /** Every kind name a rule file may use, built or planned. */
    List<String> NAMES = List.of(
            "count",
            "duration",
            "distance",
            "money",
            "percentage",
            "age",
            "date",
            "time",
            "ratio",
            "ordinal",
            "number",
            "quote",
            "name");

    /** The name written in rule files. */
    String name();

    /** The dimension of the figures this kind compares; empty when the kind is not built yet. */
    Optional<Dimension> dimension();

    /** The kind a rule file names, or empty when the name is unknown. */
    static Optional<ClaimKind> named(String name) {
        return switch (name) {
            case "count" -> Optional.of(new CountKind());
            case "duration" -> Optional.of(new DurationKind());
            default -> NAMES.contains(name) ? Optional.of(new PlannedKind(name)) : Optional.empty();
        };
    }
}
