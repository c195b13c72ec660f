package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Ranks written in words: {@code first}, {@code fortieth}, {@code twenty-first}, {@code hundredth}. Internal. */
final class Ordinals {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("first", 1),
            Map.entry("second", 2),
            Map.entry("third", 3),
            Map.entry("fourth", 4),
            Map.entry("fifth", 5),
            Map.entry("sixth", 6),
            Map.entry("seventh", 7),
            Map.entry("eighth", 8),
            Map.entry("ninth", 9),
            Map.entry("tenth", 10),
            Map.entry("eleventh", 11),
            Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13),
            Map.entry("fourteenth", 14),
            Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17),
            Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20),
            Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40),
            Map.entry("fiftieth", 50),
            Map.entry("sixtieth", 60),
            Map.entry("seventieth", 70),
            Map.entry("eightieth", 80),
            Map.entry("ninetieth", 90),
            Map.entry("hundredth", 100),
            Map.entry("thousandth", 1000),
            Map.entry("millionth", 1_000_000));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety",
            90);

    private Ordinals() {}

    /** The rank in words that starts at token {@code i}. */
    static Optional<Bounds> read(List<Token> tokens, int i, TokenRange range) {
        Token token = tokens.get(i);
        if (token.type() != Token.Type.WORD) {
            return Optional.empty();
        }
        if (WORDS.containsKey(token.lower()) && !isFractionUse(tokens, i, range)) {
            return Optional.of(rank(WORDS.get(token.lower()), i, i + 1));
        }
        if (TENS.containsKey(token.lower())
                && i + 2 < range.to()
                && tokens.get(i + 1).isSymbol('-')
                && WORDS.containsKey(tokens.get(i + 2).lower())
                && WORDS.get(tokens.get(i + 2).lower()) < 10) {
            return Optional.of(
                    rank(TENS.get(token.lower()) + WORDS.get(tokens.get(i + 2).lower()), i, i + 3));
        }
        return Optional.empty();
    }

    /** {@code a third}, {@code two fifths}: a fraction, read by {@link Fractions}, not a rank. */
    private static boolean isFractionUse(List<Token> tokens, int i, TokenRange range) {
        if (i == range.from()) {
            return false;
        }
        String before = tokens.get(i - 1).lower();
        return before.equals("a") || before.equals("one") || before.equals("-");
    }

    private static Bounds rank(int value, int from, int to) {
        return new Bounds(Dimension.ORDINAL, value, value, Optional.empty(), from, to, false);
    }
}
