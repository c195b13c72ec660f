package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Relative amounts, as the factor they multiply by: {@code twice as long as planned}, {@code three times as many},
 * {@code half as many}, {@code double}, {@code tripled}, {@code fourfold}, {@code 10-fold}. Internal.
 */
final class Ratios {
    static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("twice", 2.0),
            Map.entry("double", 2.0),
            Map.entry("doubled", 2.0),
            Map.entry("doubling", 2.0),
            Map.entry("triple", 3.0),
            Map.entry("tripled", 3.0),
            Map.entry("tripling", 3.0),
            Map.entry("treble", 3.0),
            Map.entry("trebled", 3.0),
            Map.entry("quadruple", 4.0),
            Map.entry("quadrupled", 4.0),
            Map.entry("twofold", 2.0),
            Map.entry("threefold", 3.0),
            Map.entry("fourfold", 4.0),
            Map.entry("fivefold", 5.0),
            Map.entry("tenfold", 10.0),
            Map.entry("thrice", 3.0));
    private static final Set<String> HALF_FOLLOWERS = Set.of("as");

    private Ratios() {}

    /** The ratio that starts at token {@code i}. */
    static Optional<Bounds> read(List<Token> tokens, int i, TokenRange range) {
        Token token = tokens.get(i);
        if (token.type() == Token.Type.WORD && WORDS.containsKey(token.lower())) {
            return Optional.of(ratio(WORDS.get(token.lower()), i, i + 1));
        }
        if (token.isWord("half")
                && i + 1 < range.to()
                && HALF_FOLLOWERS.contains(tokens.get(i + 1).lower())) {
            return Optional.of(ratio(0.5, i, i + 1));
        }
        return NumberWords.read(tokens, i, range.to()).flatMap(n -> times(tokens, n, i, range));
    }

    /** {@code three times}, {@code 10-fold}. */
    private static Optional<Bounds> times(List<Token> tokens, NumberWords.Read number, int i, TokenRange range) {
        int next = Figure.unitIndex(tokens, number.end(), range.to());
        if (next < range.to()
                && (tokens.get(next).isWord("times") || tokens.get(next).isWord("fold"))) {
            return Optional.of(ratio(number.value(), i, next + 1));
        }
        return Optional.empty();
    }

    private static Bounds ratio(double factor, int from, int to) {
        return new Bounds(Dimension.RATIO, factor, factor, Optional.empty(), from, to, false);
    }
}
