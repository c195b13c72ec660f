package dev.factcheck.rules;

import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.Quantity;
import dev.factcheck.quantity.QuantityReader;
import dev.factcheck.quantity.Tolerance;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of a rule file written as figures ({@code tolerance}, {@code expected}) in the claim kind's
 * dimension. Quotes and names have no dimension: their values are text.
 */
final class QuantityValues {
    private static final Pattern PERCENT = Pattern.compile("([0-9]{1,9}(?:\\.[0-9]{1,9})?)\\s*%");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,15}(?:\\.[0-9]{1,9})?");

    private final RuleProblems problems;
    private final ValueReader values;
    private final QuantityReader reader;

    QuantityValues(RuleProblems problems, ValueReader values, QuantityReader reader) {
        this.problems = problems;
        this.values = values;
        this.reader = reader;
    }

    /**
     * {@code 5%} (relative), {@code 2} (absolute) or an amount with its unit, {@code 5 minutes} (absolute): of the
     * kind's dimension, or a duration for a clock time, a date or an age (see {@link Tolerance#of}).
     */
    Optional<Tolerance> tolerance(Field field, Optional<ClaimKind> kind) {
        Optional<String> text = values.text(field).map(String::strip);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher percent = PERCENT.matcher(text.get());
        if (percent.matches()) {
            return Optional.of(Tolerance.relative(Double.parseDouble(percent.group(1)) / 100));
        }
        if (NUMBER.matcher(text.get()).matches()) {
            return Optional.of(Tolerance.absolute(Double.parseDouble(text.get())));
        }
        Optional<Dimension> dimension = kind.flatMap(ClaimKind::dimension);
        return dimension.isEmpty() ? Optional.empty() : amount(field, text.get(), kind.orElseThrow());
    }

    private Optional<Tolerance> amount(Field field, String text, ClaimKind kind) {
        List<Quantity> read = reader.read(text);
        // a percentage read here is one that the PERCENT form refused, such as '-5%'; the reader skips a minus sign
        boolean usable = read.size() == 1
                && !text.startsWith("-")
                && read.get(0).dimension() != Dimension.PERCENTAGE
                && read.get(0).value().isPresent()
                && read.get(0).value().getAsDouble() >= 0
                && Double.isFinite(read.get(0).value().getAsDouble());
        if (!usable) {
            problems.at(
                    field.value(),
                    "invalid tolerance " + YamlNodes.quoted(text) + Field.in(field.owner())
                            + " (expected a percentage like '5%', a number like '2' or an amount with its unit like"
                            + " '5 minutes')");
            return Optional.empty();
        }
        Quantity amount = read.get(0);
        Optional<Tolerance> tolerance = kind.accepts(amount)
                ? Optional.of(Tolerance.absolute(amount.value().getAsDouble()))
                : Tolerance.of(amount, kind.dimension().orElseThrow());
        if (tolerance.isEmpty()) {
            notOfKind(field, "tolerance", text, kind, read);
        }
        return tolerance;
    }

    /** A reference value as a reporter would write it, {@code at least 23,000}: one figure of the kind's dimension. */
    Optional<Claim.Expected> expected(Field field, Optional<ClaimKind> kind) {
        Optional<String> text = values.text(field);
        if (text.isEmpty() || kind.flatMap(ClaimKind::dimension).isEmpty()) {
            return Optional.empty();
        }
        return single(field, "expected", text.get(), kind.orElseThrow(), reader.read(text.get()))
                .map(quantity -> new Claim.Expected(text.get(), quantity));
    }

    private Optional<Quantity> single(Field field, String what, String text, ClaimKind kind, List<Quantity> read) {
        if (read.size() == 1 && kind.accepts(read.get(0))) {
            return Optional.of(read.get(0));
        }
        notOfKind(field, what, text, kind, read);
        return Optional.empty();
    }

    private void notOfKind(Field field, String what, String text, ClaimKind kind, List<Quantity> read) {
        problems.at(
                field.value(),
                what + " " + YamlNodes.quoted(text) + Field.in(field.owner()) + " is not " + article(kind.name())
                        + " (read: " + described(read) + ")");
    }

    private static String described(List<Quantity> read) {
        if (read.isEmpty()) {
            return "nothing";
        }
        if (read.size() > 1) {
            return read.size() + " figures";
        }
        return article(read.get(0).dimension().kind());
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
