package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The scale that the second figure of a range lends to a first written without one: {@code 3 to 4 million} is 3
 * million to 4 million and {@code $1-1.5bn} is 1 to 1.5 billion dollars, as a reader takes them. The first takes the
 * scale only when it then still lies below the second, so that {@code 500 to 2 million} keeps its 500. Only counts and
 * money have such scales; a measure's unit is shared by {@link Ranges} itself. Internal.
 */
final class SharedScale {
    /** Scale words, and the abbreviations glued to a figure ({@code 4bn}); {@code m} only ever follows money. */
    private static final Map<String, Double> SCALES = Map.of(
            "thousand",
            1e3,
            "million",
            1e6,
            "billion",
            1e9,
            "trillion",
            1e12,
            "bn",
            1e9,
            "mn",
            1e6,
            "mln",
            1e6,
            "tn",
            1e12,
            "m",
            1e6,
            "k",
            1e3);

    private SharedScale() {}

    /** {@code first}, times the scale written in {@code second} when the first has none of its own. */
    static Figure lent(List<Token> tokens, Figure first, Figure second) {
        if (!isScalable(first) || !isScalable(second) || scaleIn(tokens, first).isPresent()) {
            return first;
        }
        OptionalDouble scale = scaleIn(tokens, second);
        if (scale.isEmpty() || first.value() * scale.getAsDouble() >= second.value()) {
            return first;
        }
        double factor = scale.getAsDouble();
        return new Figure(
                first.dimension(),
                first.value() * factor,
                first.high() * factor,
                first.from(),
                first.to(),
                first.factor(),
                first.unit());
    }

    private static boolean isScalable(Figure figure) {
        return figure.dimension() == Dimension.MONEY
                || (figure.dimension() == Dimension.NUMBER && figure.unit().isEmpty());
    }

    /** The scale word among a figure's tokens after its first. */
    private static OptionalDouble scaleIn(List<Token> tokens, Figure figure) {
        for (int i = figure.from() + 1; i < figure.to(); i++) {
            Double scale = SCALES.get(tokens.get(i).lower());
            if (scale != null && tokens.get(i).type() == Token.Type.WORD) {
                return OptionalDouble.of(scale);
            }
        }
        return OptionalDouble.empty();
    }
}
