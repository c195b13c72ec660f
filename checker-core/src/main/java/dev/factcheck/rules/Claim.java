package dev.factcheck.rules;

import com.google.re2j.Pattern;
import dev.factcheck.quantity.Quantity;
import dev.factcheck.quantity.Tolerance;
import dev.factcheck.source.Position;
import dev.factcheck.source.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One claim of a rule file that must hold across the story's sources.
 *
 * @param id unique across all rule files: lower-case letters, digits, {@code .}, {@code -}, {@code _}
 * @param description what the claim is, for people
 * @param kind what is compared
 * @param near words or phrases that mark a mention (an anchor)
 * @param with words or phrases one of which must stand by the figure too, when not empty
 * @param without words or phrases that rule a figure out when one stands in its clause
 * @param pattern an RE2 expression that marks a mention, an alternative to {@code near}
 * @param within how far from its anchor a figure may stand
 * @param tolerance how far apart two mentions may be and still agree
 * @param expected the reference value every mention must agree with, as written and as read
 * @param severity how much a divergence matters
 * @param speaker who is quoted, for quotes
 * @param unit keeps only mentions in this unit or currency ({@code GBP}, {@code magnitude}), when present
 * @param variants the right forms of a name, for name claims
 * @param rulesFile the rule file's path as shown to users
 * @param position where the claim starts in its rule file
 */
public record Claim(
        String id,
        Optional<String> description,
        ClaimKind kind,
        List<Term> near,
        List<Term> with,
        List<Term> without,
        Optional<Pattern> pattern,
        Within within,
        Tolerance tolerance,
        Optional<Expected> expected,
        Severity severity,
        Optional<String> speaker,
        Optional<String> unit,
        List<String> variants,
        String rulesFile,
        Position position) {

    /** A reference value as the rule writer wrote it ({@code at least 23,000}) and as factcheck reads it. */
    public record Expected(String text, Quantity quantity) {
        public Expected {
            Objects.requireNonNull(text, "text == null");
            Objects.requireNonNull(quantity, "quantity == null");
        }
    }

    /** Whether a figure read in a source can be a mention of this claim: its kind, and its unit when one is set. */
    public boolean accepts(Quantity quantity) {
        return kind.accepts(quantity)
                && unit.map(u -> quantity.unit().filter(u::equalsIgnoreCase).isPresent())
                        .orElse(true);
    }

    public Claim {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(kind, "kind == null");
        near = List.copyOf(near);
        with = List.copyOf(with);
        without = List.copyOf(without);
        Objects.requireNonNull(pattern, "pattern == null");
        Objects.requireNonNull(within, "within == null");
        Objects.requireNonNull(tolerance, "tolerance == null");
        Objects.requireNonNull(expected, "expected == null");
        Objects.requireNonNull(severity, "severity == null");
        Objects.requireNonNull(unit, "unit == null");
        variants = List.copyOf(variants);
        Objects.requireNonNull(rulesFile, "rulesFile == null");
        Objects.requireNonNull(position, "position == null");
    }
}
