package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks written in words: {@code first}, {@code fortieth}, {@code twenty-first}, {@code hundredth}, and compounds
 * whose last word is the rank ({@code one hundred twenty-fifth}, {@code two hundredth}, {@code three trillionth}).
 * Internal.
 */
final class Ordinals {
    static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("first", 1.0),
            Map.entry("second", 2.0),
            Map.entry("third", 3.0),
            Map.entry("fourth", 4.0),
            Map.entry("fifth", 5.0),
            Map.entry("sixth", 6.0),
            Map.entry("seventh", 7.0),
            Map.entry("eighth", 8.0),
            Map.entry("ninth", 9.0),
            Map.entry("tenth", 10.0),
            Map.entry("eleventh", 11.0),
            Map.entry("twelfth", 12.0),
            Map.entry("thirteenth", 13.0),
            Map.entry("fourteenth", 14.0),
            Map.entry("fifteenth", 15.0),
            Map.entry("sixteenth", 16.0),
            Map.entry("seventeenth", 17.0),
            Map.entry("eighteenth", 18.0),
            Map.entry("nineteenth", 19.0),
            Map.entry("twentieth", 20.0),
            Map.entry("thirtieth", 30.0),
            Map.entry("fortieth", 40.0),
            Map.entry("fiftieth", 50.0),
            Map.entry("sixtieth", 60.0),
            Map.entry("seventieth", 70.0),
            Map.entry("eightieth", 80.0),
            Map.entry("ninetieth", 90.0),
            Map.entry("hundredth", 100.0),
            Map.entry("thousandth", 1e3),
            Map.entry("millionth", 1e6),
            Map.entry("billionth", 1e9),
            Map.entry("trillionth", 1e12));

    private Ordinals() {}

    /** The rank an ordinal word names ({@code fifth} is 5), if it is one. */
    static Optional<Double> valueOf(String word) {
        return Optional.ofNullable(WORDS.get(word));
    }

    /** The rank in words that starts at token {@code i}. */
    static Optional<Bounds> read(List<Token> tokens, int i, TokenRange range) {
        Token token = tokens.get(i);
        if (token.type() != Token.Type.WORD) {
            return Optional.empty();
        }
        if (WORDS.containsKey(token.lower())) {
            return isFractionUse(tokens, i, range)
                    ? Optional.empty()
                    : Optional.of(rank(WORDS.get(token.lower()), i, i + 1));
        }
        return WordSum.read(tokens, i, range.to(), WordSum.Ending.ORDINAL)
                .filter(sum -> sum.ordinal() && !isOneScalePart(tokens, i, sum, range))
                .map(sum -> rank(sum.value(), i, sum.end()));
    }

    /**
     * {@code a third of}, {@code one fifth}, {@code two-thirds}: a fraction, read by {@link Fractions}, not a rank. An
     * article makes a fraction only where {@link Fractions#isArticleFraction} says so: {@code a fifth straight day} is a
     * rank.
     */
    private static boolean isFractionUse(List<Token> tokens, int i, TokenRange range) {
        if (i == range.from()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (before.isWord("a") || before.isWord("an")) {
            return Fractions.isArticleFraction(tokens, i - 1, range.to());
        }
        return before.isWord("one") || before.isSymbol('-');
    }

    /** {@code one hundredth} is a part ({@code of a second}); {@code the one hundredth} a rank. */
    private static boolean isOneScalePart(List<Token> tokens, int i, WordSum.Result sum, TokenRange range) {
        return sum.end() == i + 2
                && tokens.get(i).isWord("one")
                && WORDS.getOrDefault(tokens.get(i + 1).lower(), 0.0) >= 100
                && !(i > range.from() && tokens.get(i - 1).isWord("the"));
    }

    private static Bounds rank(double value, int from, int to) {
        return new Bounds(Dimension.ORDINAL, value, value, Optional.empty(), from, to, false);
    }
}
