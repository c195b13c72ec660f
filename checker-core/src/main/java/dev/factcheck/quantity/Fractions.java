package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fractions and the parts that follow a whole number: {@code 3/4}, {@code 1 1/2}, {@code two-thirds}, {@code a
 * quarter}, {@code 103 and two thirds}, and thousands separated by spaces ({@code 23 000}). Internal.
 */
final class Fractions {
    private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2),
            Map.entry("halves", 2),
            Map.entry("third", 3),
            Map.entry("thirds", 3),
            Map.entry("quarter", 4),
            Map.entry("quarters", 4),
            Map.entry("fourth", 4),
            Map.entry("fourths", 4),
            Map.entry("fifth", 5),
            Map.entry("fifths", 5),
            Map.entry("sixth", 6),
            Map.entry("sixths", 6),
            Map.entry("seventh", 7),
            Map.entry("sevenths", 7),
            Map.entry("eighth", 8),
            Map.entry("eighths", 8),
            Map.entry("ninth", 9),
            Map.entry("ninths", 9),
            Map.entry("tenth", 10),
            Map.entry("tenths", 10));

    private Fractions() {}

    /** A number in digits read on: a glued {@code /4}, a spaced fraction {@code 1/2}, or space-separated thousands. */
    static NumberWords.Read afterDigits(List<Token> tokens, NumberWords.Read whole, int end) {
        int next = whole.end();
        Optional<NumberWords.Read> slash = slash(tokens, next - 1, end);
        if (slash.isPresent() && tokens.get(next - 1).text().matches("[0-9]+")) {
            return slash.get();
        }
        if (next < end && tokens.get(next).gap() == Token.Gap.SPACE) {
            Optional<NumberWords.Read> part = slash(tokens, next, end);
            if (part.isPresent() && part.get().value() < 1) {
                return new NumberWords.Read(
                        whole.value() + part.get().value(), part.get().end());
            }
        }
        return spacedThousands(tokens, whole, end);
    }

    /** {@code 3/4} at token {@code i}: digits, a glued slash, glued digits, and no second slash (a date). */
    private static Optional<NumberWords.Read> slash(List<Token> tokens, int i, int end) {
        boolean fraction = i + 2 < end
                && tokens.get(i).type() == Token.Type.NUMBER
                && tokens.get(i + 1).isSymbol('/')
                && tokens.get(i + 1).isGlued()
                && tokens.get(i + 2).isGlued()
                && tokens.get(i + 2).text().matches("[1-9][0-9]*")
                && !(i + 3 < end && tokens.get(i + 3).isSymbol('/'));
        if (!fraction || !tokens.get(i).text().matches("[0-9]+")) {
            return Optional.empty();
        }
        double value = Double.parseDouble(tokens.get(i).text())
                / Double.parseDouble(tokens.get(i + 2).text());
        return Optional.of(new NumberWords.Read(value, i + 3));
    }

    private static NumberWords.Read spacedThousands(List<Token> tokens, NumberWords.Read whole, int end) {
        int at = whole.end();
        double value = whole.value();
        boolean small = tokens.get(at - 1).text().matches("[1-9][0-9]{0,2}");
        while (small
                && at < end
                && tokens.get(at).gap() == Token.Gap.SPACE
                && tokens.get(at).text().matches("[0-9]{3}")
                && !(at + 1 < end && tokens.get(at + 1).isSymbol('/'))) {
            value = value * 1000 + Double.parseDouble(tokens.get(at).text());
            at++;
        }
        return new NumberWords.Read(value, at);
    }

    /**
     * A fraction in words at token {@code i} ({@code two-thirds}, {@code a quarter}, {@code three fifths}), given
     * the numerator read so far; the index after it.
     */
    static Optional<NumberWords.Read> inWords(List<Token> tokens, double numerator, int i, int end) {
        int at = i < end && tokens.get(i).isSymbol('-') && tokens.get(i).isGlued() ? i + 1 : i;
        if (at >= end || !DENOMINATORS.containsKey(tokens.get(at).lower())) {
            return Optional.empty();
        }
        boolean plural = tokens.get(at).lower().endsWith("s");
        if (plural == (numerator == 1) && !tokens.get(at).isWord("half")) {
            return Optional.empty();
        }
        return Optional.of(
                new NumberWords.Read(numerator / DENOMINATORS.get(tokens.get(at).lower()), at + 1));
    }
}
