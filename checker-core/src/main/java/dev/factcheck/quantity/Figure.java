package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A number with what it measures, before hedges: an amount of time ({@code 55-minute}, {@code a year and a half}), an
 * age, a percentage, money, a rank, a year or a plain number; the tokens {@code [from, to)} it takes, and how many
 * canonical units one written unit is ({@code 60} for minutes), so that {@code 20 to 30 minutes} can give its unit to
 * {@code 20}. Internal.
 */
record Figure(Dimension dimension, double value, int from, int to, double factor) {
    private static final Set<String> CURRENCY_SIGNS = Set.of("$", "€", "£", "¥");
    private static final Set<String> CURRENCY_WORDS =
            Set.of("dollar", "dollars", "euro", "euros", "pound", "pounds", "yuan", "yen", "rupees", "francs");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> PERCENT_WORDS = Set.of("percent", "pct");
    private static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");
    private static final Pattern YEAR = Pattern.compile("1[0-9]{3}|20[0-9]{2}|21[0-9]{2}");

    static Optional<Figure> read(List<Token> tokens, Amount amount, TokenRange range) {
        int end = range.to();
        int afterHalf = andAHalf(tokens, amount.to(), end);
        double value = amount.value() + (afterHalf > amount.to() ? 0.5 : 0);
        int unitAt = unitIndex(tokens, afterHalf, end);
        Optional<TimeUnit> unit =
                unitAt < end ? TimeUnit.named(tokens.get(unitAt).lower()) : Optional.empty();
        if (unit.isPresent()) {
            return Optional.of(timed(tokens, amount.from(), value, unit.get(), unitAt + 1, end));
        }
        Optional<MeasureUnit> measure = unitAt < end && !isMoney(tokens, amount, range)
                ? MeasureUnit.at(tokens, unitAt, end)
                : Optional.empty();
        if (measure.isPresent()) {
            MeasureUnit m = measure.get();
            return Optional.of(
                    new Figure(m.dimension(), value * m.factor(), amount.from(), unitAt + m.words(), m.factor()));
        }
        if (amount.form() == Amount.Form.ARTICLE || afterHalf > amount.to()) {
            return Optional.empty();
        }
        return Optional.of(plain(tokens, amount, range));
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
    private static int unitIndex(List<Token> tokens, int i, int end) {
        boolean hyphenated = i + 1 < end
                && tokens.get(i).isSymbol('-')
                && tokens.get(i).isGlued()
                && tokens.get(i + 1).isGlued();
        return hyphenated ? i + 1 : i;
    }

    private static Figure timed(List<Token> tokens, int from, double amount, TimeUnit unit, int next, int end) {
        int afterHalf = andAHalf(tokens, next, end);
        double units = amount + (afterHalf > next ? 0.5 : 0);
        int old = oldIndex(tokens, afterHalf, end);
        if (old > afterHalf && unit == TimeUnit.YEAR) {
            return new Figure(Dimension.AGE, units, from, old, 1);
        }
        return new Figure(Dimension.DURATION, units * unit.seconds(), from, afterHalf, unit.seconds());
    }

    /** The index after {@code old} or {@code -old} at {@code i}, as in {@code 25-year-old}; else {@code i}. */
    private static int oldIndex(List<Token> tokens, int i, int end) {
        int word = unitIndex(tokens, i, end);
        return word < end && tokens.get(word).isWord("old") ? word + 1 : i;
    }

    private static boolean isMoney(List<Token> tokens, Amount amount, TokenRange range) {
        return amount.from() > range.from()
                && CURRENCY_SIGNS.contains(tokens.get(amount.from() - 1).text());
    }

    private static Figure plain(List<Token> tokens, Amount amount, TokenRange range) {
        int from = amount.from();
        int next = amount.to();
        int end = range.to();
        if (isMoney(tokens, amount, range)) {
            return new Figure(Dimension.MONEY, amount.value(), currencyStart(tokens, from - 1, range), next, 1);
        }
        Token after = next < end ? tokens.get(next) : null;
        if (after != null && (after.isSymbol('%') || PERCENT_WORDS.contains(after.lower()))) {
            return new Figure(Dimension.PERCENTAGE, amount.value(), from, next + 1, 1);
        }
        if (after != null
                && after.isWord("per")
                && next + 1 < end
                && tokens.get(next + 1).isWord("cent")) {
            return new Figure(Dimension.PERCENTAGE, amount.value(), from, next + 2, 1);
        }
        return unsigned(tokens, amount, after, range);
    }

    private static Figure unsigned(List<Token> tokens, Amount amount, Token after, TokenRange range) {
        int from = amount.from();
        int next = amount.to();
        if (after != null && after.isGlued() && ORDINAL_SUFFIXES.contains(after.lower())) {
            return new Figure(Dimension.ORDINAL, amount.value(), from, next + 1, 1);
        }
        if (after != null && CURRENCY_WORDS.contains(after.lower())) {
            return new Figure(Dimension.MONEY, amount.value(), from, next + 1, 1);
        }
        if (isNextToMonth(tokens, from, next, range)) {
            return new Figure(Dimension.DATE, amount.value(), from, next, 1);
        }
        if (from > range.from() && tokens.get(from - 1).isWord("aged")) {
            return new Figure(Dimension.AGE, amount.value(), from, next, 1);
        }
        boolean year = amount.form() == Amount.Form.DIGITS
                && next == from + 1
                && YEAR.matcher(tokens.get(from).text()).matches();
        return new Figure(year ? Dimension.YEAR : Dimension.NUMBER, amount.value(), from, next, 1);
    }

    /** A day of a month: {@code June 23}, {@code Sept. 7}, {@code 23 June}. */
    private static boolean isNextToMonth(List<Token> tokens, int from, int next, TokenRange range) {
        int before = from - 1;
        if (before > range.from() && tokens.get(before).isSymbol('.')) {
            before--;
        }
        return (before >= range.from() && MONTHS.contains(tokens.get(before).lower()))
                || (next < range.to() && MONTHS.contains(tokens.get(next).lower()));
    }

    /** A currency sign may carry a country's letters glued before it: {@code US$}, {@code C$}. */
    private static int currencyStart(List<Token> tokens, int sign, TokenRange range) {
        boolean lettered = sign - 1 >= range.from()
                && tokens.get(sign).isGlued()
                && tokens.get(sign - 1).type() == Token.Type.WORD
                && tokens.get(sign - 1).text().length() <= 3;
        return lettered ? sign - 1 : sign;
    }
}
