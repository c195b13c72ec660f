package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Optional;

/**
 * The word that names the parts of a fraction: {@code half}, {@code quarters}, an ordinal ({@code fifth},
 * {@code hundredths}, {@code trillionth}) or tens and a unit joined by a hyphen ({@code twenty-first}, {@code
 * twenty-fifths}). {@code first} and {@code second} alone never are ({@code a second} is time). Internal.
 */
final class Denominators {
    private Denominators() {}

    /**
     * A denominator read.
     *
     * @param value how many parts make one
     * @param plural whether it is written in the plural ({@code thirds}), as after a numerator above one
     * @param rank whether it is an ordinal word, which could also be a rank ({@code a fifth straight day})
     * @param end the index after it
     */
    record Denominator(double value, boolean plural, boolean rank, int end) {}

    /** The denominator at token {@code i}. */
    static Optional<Denominator> at(List<Token> tokens, int i, int end) {
        if (i >= end || tokens.get(i).type() != Token.Type.WORD) {
            return Optional.empty();
        }
        String word = tokens.get(i).lower();
        if (word.equals("half") || word.equals("halves")) {
            return Optional.of(new Denominator(2, word.equals("halves"), false, i + 1));
        }
        if (word.equals("quarter") || word.equals("quarters")) {
            return Optional.of(new Denominator(4, word.equals("quarters"), false, i + 1));
        }
        Optional<Denominator> compound = compound(tokens, i, end);
        if (compound.isPresent()) {
            return compound;
        }
        boolean plural = word.endsWith("s");
        return Ordinals.valueOf(plural ? word.substring(0, word.length() - 1) : word)
                .filter(value -> value > 2)
                .map(value -> new Denominator(value, plural, true, i + 1));
    }

    /** {@code twenty-first}, {@code twenty-fifths}: tens, a glued hyphen and a glued ordinal unit. */
    private static Optional<Denominator> compound(List<Token> tokens, int i, int end) {
        Integer tens = WordSum.SMALL.get(tokens.get(i).lower());
        boolean joined = tens != null
                && tens >= 20
                && tens % 10 == 0
                && i + 2 < end
                && tokens.get(i + 1).isSymbol('-')
                && tokens.get(i + 1).isGlued()
                && tokens.get(i + 2).isGlued();
        if (!joined) {
            return Optional.empty();
        }
        String unit = tokens.get(i + 2).lower();
        boolean plural = unit.endsWith("s");
        return Ordinals.valueOf(plural ? unit.substring(0, unit.length() - 1) : unit)
                .filter(value -> value < 10)
                .map(value -> new Denominator(tens + value, plural, true, i + 3));
    }
}
