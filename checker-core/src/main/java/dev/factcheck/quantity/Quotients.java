package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fraction written with {@code over}: {@code one over three}, {@code 1 over 20}, {@code one over one hundred and
 * twenty five}. In news {@code over} is nearly always a hedge ({@code over 380}, {@code aged over 70}) or a period
 * ({@code $1.5 billion over three years}, {@code 5,000 over two days}), so it divides only when nothing suggests
 * either: a whole number written bare (no separators, decimals or scale) stands right before {@code over}, the number
 * after it is larger, and nothing but the end of the clause follows it (no unit, noun or percent sign, which would
 * make {@code over N units} a hedged quantity). Internal.
 */
final class Quotients {
    /** Shapes of digit runs, compiled once: {@link String#matches} would compile them on every call. */
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private static final Pattern WHOLE = Pattern.compile("[1-9][0-9]*");

    /** Marks that may end the clause after the denominator. */
    private static final String CLAUSE_ENDS = ".,;:!?)\"'”’";

    private Quotients() {}

    /** The quotient whose numerator was just read, or empty when {@code over} is no division there. */
    static Optional<NumberWords.Read> over(List<Token> tokens, NumberWords.Read numerator, int end) {
        int over = numerator.end();
        if (over + 1 >= end || !tokens.get(over).isWord("over") || !isBareWhole(tokens, numerator)) {
            return Optional.empty();
        }
        return denominator(tokens, over + 1, end)
                .filter(d -> d.value() > numerator.value() && endsClause(tokens, d.end(), end))
                .map(d -> new NumberWords.Read(numerator.value() / d.value(), d.end()));
    }

    private static boolean isBareWhole(List<Token> tokens, NumberWords.Read number) {
        Token last = tokens.get(number.end() - 1);
        boolean plainDigits =
                last.type() != Token.Type.NUMBER || DIGITS.matcher(last.text()).matches();
        return plainDigits && number.value() == Math.rint(number.value());
    }

    private static Optional<NumberWords.Read> denominator(List<Token> tokens, int i, int end) {
        Token first = tokens.get(i);
        if (first.type() == Token.Type.NUMBER) {
            return WHOLE.matcher(first.text()).matches()
                    ? Optional.of(new NumberWords.Read(Double.parseDouble(first.text()), i + 1))
                    : Optional.empty();
        }
        return WordSum.read(tokens, i, end, WordSum.Ending.CARDINAL).map(r -> new NumberWords.Read(r.value(), r.end()));
    }

    private static boolean endsClause(List<Token> tokens, int at, int end) {
        return at >= end
                || (tokens.get(at).type() == Token.Type.SYMBOL
                        && CLAUSE_ENDS.indexOf(tokens.get(at).text().charAt(0)) >= 0);
    }
}
