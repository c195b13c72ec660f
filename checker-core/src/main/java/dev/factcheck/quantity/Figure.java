package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A number with what it measures, before hedges: time ({@code 55-minute}, {@code a year and a half}), an age, a
 * measure ({@code 277 miles}), money, a percentage, a rank or a plain number. It knows the tokens {@code [from, to)}
 * it takes and how many canonical units one written unit is ({@code 60} for minutes), so that {@code 20 to 30
 * minutes} can give its unit to {@code 20}. Internal.
 *
 * @param high the end of the period a figure covers, equal to {@code value} but for a decade ({@code his eighties})
 */
record Figure(Dimension dimension, double value, double high, int from, int to, double factor, Optional<String> unit) {
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");

    static Figure of(Dimension dimension, double value, int from, int to) {
        return new Figure(dimension, value, value, from, to, 1, Optional.empty());
    }

    static Optional<Figure> read(List<Token> tokens, Amount amount, TokenRange range) {
        int end = range.to();
        Optional<Figure> money = Money.read(tokens, amount, range);
        if (money.isPresent()) {
            return money;
        }
        int afterHalf = andAHalf(tokens, amount.to(), end);
        double value = amount.value() + (afterHalf > amount.to() ? 0.5 : 0);
        int unitAt = unitIndex(tokens, afterHalf, end);
        Optional<TimeUnit> unit =
                unitAt < end ? TimeUnit.named(tokens.get(unitAt).lower()) : Optional.empty();
        if (unit.isPresent()) {
            return Optional.of(timed(tokens, amount.from(), value, unit.get(), unitAt + 1, end));
        }
        Optional<MeasureUnit> measure = unitAt < end ? MeasureUnit.at(tokens, unitAt, end) : Optional.empty();
        if (measure.isPresent()) {
            MeasureUnit m = measure.get();
            double canonical = m.toCanonical(value);
            return Optional.of(new Figure(
                    m.dimension(),
                    canonical,
                    canonical,
                    amount.from(),
                    unitAt + m.words(),
                    m.factor(),
                    Optional.empty()));
        }
        if (amount.form() == Amount.Form.ARTICLE) {
            return Optional.empty();
        }
        if (afterHalf > amount.to()) {
            return Optional.of(Figure.of(Dimension.NUMBER, value, amount.from(), afterHalf));
        }
        return plain(tokens, amount, range);
    }

    /** The index after {@code and a half} at {@code i}, or {@code i} when there is none. */
    private static int andAHalf(List<Token> tokens, int i, int end) {
        boolean half = i + 2 < end
                && tokens.get(i).isWord("and")
                && (tokens.get(i + 1).isWord("a") || tokens.get(i + 1).isWord("one"))
                && tokens.get(i + 2).isWord("half");
        return half ? i + 3 : i;
    }

    /** Where the unit stands: right after the number, or after a hyphen as in {@code 55-minute}. */
    static int unitIndex(List<Token> tokens, int i, int end) {
        boolean hyphenated = i + 1 < end
                && tokens.get(i).isSymbol('-')
                && tokens.get(i).isGlued()
                && tokens.get(i + 1).isGlued();
        return hyphenated ? i + 1 : i;
    }

    /**
     * A length of time, with the smaller units that continue it ({@code 1 hour and 20 minutes}); an age when {@code
     * old} or {@code of age} follows ({@code 25-year-old}, {@code ten months old}), in years.
     */
    private static Figure timed(List<Token> tokens, int from, double amount, TimeUnit unit, int next, int end) {
        int afterHalf = andAHalf(tokens, next, end);
        double units = amount + (afterHalf > next ? 0.5 : 0);
        boolean afterBetween = from > 0 && tokens.get(from - 1).isWord("between");
        CompoundDuration.Parts parts = CompoundDuration.after(tokens, afterHalf, end, unit, afterBetween);
        double seconds = units * unit.seconds() + parts.seconds();
        int old = oldIndex(tokens, parts.end(), end);
        if (old > parts.end()) {
            double years = unit == TimeUnit.YEAR && parts.end() == afterHalf ? units : seconds / TimeUnit.YEAR_SECONDS;
            return Figure.of(Dimension.AGE, years, from, old);
        }
        double written = parts.smallest().seconds();
        return new Figure(Dimension.DURATION, seconds, seconds, from, parts.end(), written, Optional.empty());
    }

    /** The index after {@code old}, {@code -old} or {@code of age} at {@code i}, as in {@code 25-year-old}; else i. */
    private static int oldIndex(List<Token> tokens, int i, int end) {
        int word = unitIndex(tokens, i, end);
        if (word < end && tokens.get(word).isWord("old")) {
            return word + 1;
        }
        boolean ofAge =
                i + 1 < end && tokens.get(i).isWord("of") && tokens.get(i + 1).isWord("age");
        return ofAge ? i + 2 : i;
    }

    private static Optional<Figure> plain(List<Token> tokens, Amount amount, TokenRange range) {
        int from = amount.from();
        int next = amount.to();
        int end = range.to();
        Token after = next < end ? tokens.get(next) : null;
        int percent = PercentWords.after(tokens, next, end);
        if (percent > next) {
            return Optional.of(Figure.of(Dimension.PERCENTAGE, amount.value(), from, percent));
        }
        if (after != null && after.isGlued() && ORDINAL_SUFFIXES.contains(after.lower())) {
            return Optional.of(Figure.of(Dimension.ORDINAL, amount.value(), from, next + 1));
        }
        return Identifiers.isNumbered(tokens, from, range)
                ? Optional.empty()
                : Optional.of(unsigned(tokens, amount, range));
    }

    /** {@code aged 94}, {@code at age 94}, {@code died aged 94}, {@code at the age of 94}. */
    private static boolean isAgeBefore(List<Token> tokens, int from, int floor) {
        if (from - 1 < floor) {
            return false;
        }
        boolean ofAge = from - 2 >= floor
                && tokens.get(from - 1).isWord("of")
                && tokens.get(from - 2).isWord("age");
        return ofAge || AGE_WORDS.contains(tokens.get(from - 1).lower());
    }

    /**
     * A whole number from 1 to 120 set between commas right after a name is the named person's age, as news writes it:
     * {@code Daniel Reyes, 58, was jailed}.
     */
    private static boolean isAgeAfterName(List<Token> tokens, Amount amount, TokenRange range) {
        int from = amount.from();
        int next = amount.to();
        double value = amount.value();
        return from - 2 >= range.from()
                && next < range.to()
                && amount.form() == Amount.Form.DIGITS
                && value >= 1
                && value <= 120
                && value == Math.rint(value)
                && tokens.get(from - 1).isSymbol(',')
                && tokens.get(next).isSymbol(',')
                && tokens.get(from - 2).isCapitalized()
                && !Dates.MONTHS.containsKey(tokens.get(from - 2).lower());
    }

    private static Figure unsigned(List<Token> tokens, Amount amount, TokenRange range) {
        int from = amount.from();
        int next = amount.to();
        if (isAgeBefore(tokens, from, range.from()) || isAgeAfterName(tokens, amount, range)) {
            return Figure.of(Dimension.AGE, amount.value(), from, next);
        }
        int scale = Magnitude.after(tokens, next, range.to());
        if (scale > next || Magnitude.before(tokens, from, range.from())) {
            return new Figure(
                    Dimension.NUMBER, amount.value(), amount.value(), from, scale, 1, Optional.of(Magnitude.UNIT));
        }
        return Figure.of(Dimension.NUMBER, amount.value(), from, next);
    }
}
