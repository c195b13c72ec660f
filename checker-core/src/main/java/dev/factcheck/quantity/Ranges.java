package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Joins a figure and the one after it into a range: {@code between 20 and 30}, {@code from 10 to 15}, {@code 20 to 30
 * minutes}, {@code 20-30}, {@code 12, or 13 years}. The first figure takes the second's unit; a range must rise, so
 * that a score such as {@code 3-1} stays two figures. {@code aged 11 to 16} is a range of ages. Internal.
 */
final class Ranges {
    /** Ranks do not form ranges; {@code the 40th-50th} is rare and would not be compared as an amount. */
    private static final Set<Dimension> NOT_RANGED = Set.of(Dimension.ORDINAL);

    private static final Set<String> AGE_WORDS = Set.of("aged", "ages", "age");

    private Ranges() {}

    /** The range that {@code first} opens, or {@code first} alone. */
    static Bounds extend(List<Token> tokens, Figure first, TokenRange range) {
        int opener = first.from() - 1;
        boolean between = opener >= range.from() && tokens.get(opener).isWord("between");
        boolean from = opener >= range.from() && tokens.get(opener).isWord("from");
        int next = connectorEnd(tokens, first.to(), range.to(), between || from);
        if (next == first.to() || next >= range.to() || NOT_RANGED.contains(first.dimension())) {
            return Bounds.of(first);
        }
        if (isAlternative(tokens, next) && first.dimension() != Dimension.NUMBER) {
            return Bounds.of(first);
        }
        return Amount.read(tokens, afterCurrency(tokens, next, range.to()), range.to())
                .flatMap(amount -> Figure.read(tokens, amount, range))
                .flatMap(second ->
                        join(SharedScale.lent(tokens, first, second), second, between || from ? opener : first.from()))
                .map(bounds -> asAge(tokens, bounds, range))
                .orElse(Bounds.of(first));
    }

    /**
     * Whether the connector is {@code or}: {@code 12, or 13 years} is a range, but a measure with its unit followed by
     * {@code or} gives the same measure again in another unit ({@code 370km, or 277 miles}).
     */
    private static boolean isAlternative(List<Token> tokens, int next) {
        return tokens.get(next - 1).isWord("or");
    }

    /**
     * Where the second figure's number stands: after its currency sign or code, as in {@code $22 billion to $32
     * billion}; the money reader finds the sign again before it.
     */
    private static int afterCurrency(List<Token> tokens, int i, int end) {
        int number = i;
        while (number < end - 1 && number < i + 2 && tokens.get(number).type() != Token.Type.NUMBER) {
            number++;
        }
        boolean signed = number > i
                && (Currencies.sign(tokens.get(number - 1)).isPresent()
                        || Currencies.codeBefore(tokens.get(number - 1)).isPresent());
        return signed ? number : i;
    }

    /**
     * The index after a range's connector at {@code i}, or {@code i} when there is none. After {@code between} or
     * {@code from} ({@code opened}) the connector is {@code and} or {@code to}; writers mix them up ({@code from $22
     * billion and $32 billion}).
     */
    private static int connectorEnd(List<Token> tokens, int i, int end, boolean opened) {
        if (i >= end) {
            return i;
        }
        Token t = tokens.get(i);
        boolean joins = opened ? t.isWord("and") || t.isWord("to") : t.isWord("to") || t.isWord("or");
        if (joins || t.isSymbol('–')) {
            return i + 1;
        }
        if (t.isSymbol('-') && t.isGlued() && i + 1 < end && tokens.get(i + 1).isGlued()) {
            return i + 1;
        }
        boolean commaOr = t.isSymbol(',') && i + 1 < end && tokens.get(i + 1).isWord("or");
        return commaOr ? i + 2 : i;
    }

    /** Two figures of one dimension and unit, or a bare number and a figure whose unit it takes, either way round. */
    private static Optional<Bounds> join(Figure first, Figure second, int start) {
        boolean firstBare =
                first.dimension() == Dimension.NUMBER && first.unit().isEmpty();
        boolean secondBare =
                second.dimension() == Dimension.NUMBER && second.unit().isEmpty();
        Figure measured = secondBare ? first : second;
        double low = firstBare && !secondBare ? first.value() * second.factor() : first.value();
        boolean fits = (firstBare
                        || secondBare
                        || (first.dimension() == second.dimension()
                                && first.unit().equals(second.unit())))
                && !NOT_RANGED.contains(measured.dimension())
                && low < second.high();
        return fits
                ? Optional.of(
                        new Bounds(measured.dimension(), low, second.high(), measured.unit(), start, second.to(), true))
                : Optional.empty();
    }

    private static Bounds asAge(List<Token> tokens, Bounds bounds, TokenRange range) {
        int before = bounds.from() - 1;
        boolean aged = bounds.dimension() == Dimension.NUMBER
                && bounds.unit().isEmpty()
                && before >= range.from()
                && AGE_WORDS.contains(tokens.get(before).lower());
        return aged
                ? new Bounds(
                        Dimension.AGE, bounds.low(), bounds.high(), bounds.unit(), bounds.from(), bounds.to(), true)
                : bounds;
    }
}
