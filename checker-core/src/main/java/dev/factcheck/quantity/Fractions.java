package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fractions and the parts that follow a whole number: {@code 3/4}, {@code 1 1/2}, {@code two-thirds}, {@code a
 * quarter}, {@code one hundred and three and two thirds}, and thousands separated by spaces ({@code 23 000}).
 * Internal.
 */
final class Fractions {
    /** Shapes of digit runs, compiled once: {@link String#matches} would compile them on every call. */
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private static final Pattern WHOLE = Pattern.compile("[1-9][0-9]*");
    private static final Pattern THOUSANDS_LEAD = Pattern.compile("[1-9][0-9]{0,2}");
    private static final Pattern THREE_DIGITS = Pattern.compile("[0-9]{3}");

    private Fractions() {}

    /** A number in digits read on: a glued {@code /4}, a spaced fraction {@code 1/2}, or space-separated thousands. */
    static NumberWords.Read afterDigits(List<Token> tokens, NumberWords.Read whole, int end) {
        int next = whole.end();
        Optional<NumberWords.Read> slash = slash(tokens, next - 1, end);
        if (slash.isPresent() && DIGITS.matcher(tokens.get(next - 1).text()).matches()) {
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
                && WHOLE.matcher(tokens.get(i + 2).text()).matches()
                && !(i + 3 < end && tokens.get(i + 3).isSymbol('/'));
        if (!fraction || !DIGITS.matcher(tokens.get(i).text()).matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(tokens.get(i).text())
                / Double.parseDouble(tokens.get(i + 2).text());
        return Optional.of(new NumberWords.Read(value, i + 3));
    }

    private static NumberWords.Read spacedThousands(List<Token> tokens, NumberWords.Read whole, int end) {
        int at = whole.end();
        double value = whole.value();
        boolean spaced = at < end
                && tokens.get(at).gap() == Token.Gap.SPACE
                && tokens.get(at).text().length() == 3;
        boolean small =
                spaced && THOUSANDS_LEAD.matcher(tokens.get(at - 1).text()).matches();
        while (small
                && at < end
                && tokens.get(at).gap() == Token.Gap.SPACE
                && THREE_DIGITS.matcher(tokens.get(at).text()).matches()
                && !(at + 1 < end && tokens.get(at + 1).isSymbol('/'))) {
            value = value * 1000 + Double.parseDouble(tokens.get(at).text());
            at++;
        }
        return new NumberWords.Read(value, at);
    }

    /**
     * Whether {@code a} or {@code an} at token {@code i} and the singular denominator after it make a fraction. Half
     * and quarter always do; an ordinal does where a part is meant: before {@code of}, {@code the}, {@code as} or at
     * the end of a clause ({@code a third of}, {@code a tenth the size}, {@code cut by a fifth.}), never before a noun
     * ({@code a fifth straight day}, {@code a third-place finish} are ranks) nor glued to a word that is no unit
     * ({@code a quarter-final}, {@code a half-brother}).
     */
    static boolean isArticleFraction(List<Token> tokens, int i, int end) {
        Optional<Denominators.Denominator> d =
                Denominators.at(tokens, i + 1, end).filter(x -> !x.plural());
        if (d.isEmpty() || isCompoundWord(tokens, d.get().end(), end)) {
            return false;
        }
        return !d.get().rank() || endsPart(tokens, d.get().end(), end);
    }

    /** {@code a half}, {@code a quarter-million}, {@code a hundredth}: the fraction an article starts at {@code i}. */
    static Optional<NumberWords.Read> article(List<Token> tokens, int i, int end) {
        if (!isArticleFraction(tokens, i, end)) {
            return Optional.empty();
        }
        return Denominators.at(tokens, i + 1, end)
                .map(d -> NumberWords.scaled(tokens, new NumberWords.Read(1 / d.value(), d.end()), end));
    }

    /**
     * A number in words followed by its denominator: {@code two thirds}, {@code one twenty-fifth}, {@code a hundred
     * trillionths}. After an {@code and}, only the part after it is the numerator: {@code one hundred and three
     * quarters} is 100.75.
     */
    static Optional<NumberWords.Read> afterWords(List<Token> tokens, WordSum.Result sum, int end) {
        double whole = sum.beforeAnd().orElse(0);
        return part(tokens, sum.value() - whole, sum.end(), end)
                .map(p -> new NumberWords.Read(whole + p.value(), p.end()));
    }

    /**
     * A whole and a fraction below one joined by {@code and}: {@code one and a fourth}, {@code one hundred and three
     * and two thirds}, {@code twenty and three and three fifths}, then a scale ({@code two and a half million}). The
     * parts between must fit below the whole's last digit; without the fraction at the end nothing is joined.
     */
    static NumberWords.Read andFraction(List<Token> tokens, NumberWords.Read whole, int end) {
        double sum = whole.value();
        int at = whole.end();
        while (at + 1 < end && tokens.get(at).isWord("and")) {
            Optional<NumberWords.Read> part =
                    fractionAfterAnd(tokens, at + 1, end).filter(p -> p.value() < 1);
            if (part.isPresent()) {
                return NumberWords.scaled(
                        tokens,
                        new NumberWords.Read(
                                sum + part.get().value(), part.get().end()),
                        end);
            }
            double place = place(sum);
            Optional<WordSum.Result> units =
                    WordSum.read(tokens, at + 1, end, WordSum.Ending.CARDINAL).filter(u -> u.value() < place);
            if (units.isEmpty()) {
                return whole;
            }
            sum += units.get().value();
            at = units.get().end();
        }
        return whole;
    }

    private static Optional<NumberWords.Read> fractionAfterAnd(List<Token> tokens, int i, int end) {
        if (tokens.get(i).isWord("a") || tokens.get(i).isWord("an")) {
            return Denominators.at(tokens, i + 1, end)
                    .filter(d -> !d.plural())
                    .map(d -> new NumberWords.Read(1 / d.value(), d.end()));
        }
        return WordSum.read(tokens, i, end, WordSum.Ending.CARDINAL)
                .flatMap(n -> part(tokens, n.value(), n.end(), end));
    }

    /** {@code numerator} parts of the denominator at {@code i} (or after a glued hyphen: {@code two-thirds}). */
    private static Optional<NumberWords.Read> part(List<Token> tokens, double numerator, int i, int end) {
        int at = i < end && tokens.get(i).isSymbol('-') && tokens.get(i).isGlued() ? i + 1 : i;
        return Denominators.at(tokens, at, end)
                .filter(d -> d.plural() != (numerator == 1))
                .map(d -> new NumberWords.Read(numerator / d.value(), d.end()));
    }

    /** The value of the last non-zero digit's place of a whole number: 10 for 20, 1 for 103; 1 for a fraction. */
    private static double place(double whole) {
        double place = 1;
        while (whole > 0 && whole == Math.rint(whole) && whole % (place * 10) == 0) {
            place *= 10;
        }
        return place;
    }

    private static boolean endsPart(List<Token> tokens, int at, int end) {
        if (at >= end) {
            return true;
        }
        Token next = tokens.get(at);
        return (next.type() == Token.Type.SYMBOL && !next.isSymbol('-'))
                || next.isWord("of")
                || next.isWord("the")
                || next.isWord("as");
    }

    /** A glued hyphen and a word that is neither a unit nor a scale: {@code -final} in {@code a quarter-final}. */
    private static boolean isCompoundWord(List<Token> tokens, int at, int end) {
        if (at + 1 >= end
                || !tokens.get(at).isSymbol('-')
                || !tokens.get(at).isGlued()
                || !tokens.get(at + 1).isGlued()
                || tokens.get(at + 1).type() != Token.Type.WORD) {
            return false;
        }
        String word = tokens.get(at + 1).lower();
        return !WordSum.isMultiplier(word)
                && TimeUnit.named(word).isEmpty()
                && MeasureUnit.at(tokens, at + 1, end).isEmpty();
    }
}
