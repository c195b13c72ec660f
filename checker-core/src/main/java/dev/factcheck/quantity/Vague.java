package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts given by their order of magnitude: {@code dozens}, {@code hundreds of}, {@code tens of thousands}, as the
 * least they can mean: two of the unit ({@code hundreds} is 200 or more; news writes {@code thousands of homes} for
 * 12,000). Internal.
 */
final class Vague {
    static final Map<String, Double> PLURALS = Map.of(
            "dozens",
            12.0,
            "scores",
            20.0,
            "tens",
            10.0,
            "hundreds",
            100.0,
            "thousands",
            1e3,
            "millions",
            1e6,
            "billions",
            1e9);

    private Vague() {}

    /** The vague count that starts at token {@code i}. */
    static Optional<Bounds> read(List<Token> tokens, int i, TokenRange range) {
        Token token = tokens.get(i);
        if (token.type() != Token.Type.WORD || !PLURALS.containsKey(token.lower())) {
            return Optional.empty();
        }
        double unit = PLURALS.get(token.lower());
        int end = i + 1;
        if (end + 1 < range.to()
                && tokens.get(end).isWord("of")
                && PLURALS.containsKey(tokens.get(end + 1).lower())) {
            unit *= PLURALS.get(tokens.get(end + 1).lower());
            end += 2;
        }
        boolean counted = (end < range.to() && tokens.get(end).isWord("of")) || unit >= 100;
        if (!counted || unit == 10) {
            return Optional.empty();
        }
        return Optional.of(
                new Bounds(Dimension.NUMBER, 2 * unit, Double.POSITIVE_INFINITY, Optional.empty(), i, end, true));
    }
}
