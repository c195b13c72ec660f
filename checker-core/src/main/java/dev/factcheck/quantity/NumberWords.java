package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a number in digits or words and what completes it: a scale ({@code 1.2 million}, {@code 322 hundred},
 * {@code 3 dozen}, {@code 10k}, {@code 1.2b}), a fraction ({@code 1 1/2}, {@code two thirds}, {@code one and a
 * fourth}, {@code a hundredth}), a decimal in words ({@code two hundred point zero three}) or a quotient ({@code one
 * over three}). The grammar of the words is {@link WordSum}'s. Internal.
 */
final class NumberWords {
    /**
     * Abbreviated scales glued to digits: {@code 3bn}, {@code 10k}. {@code k} is a thousand: {@code 5k} in news is
     * also a race, but of 5,000 metres, so the figure is the same. {@code m} is million only after a currency sign
     * ({@code 2.5m} alone is metres), {@code b} only after a decimal ({@code 1.2b}; {@code 2b} is a label, as in
     * {@code phase 2b}), and {@code G} never: {@code 5G} is a network.
     */
    private static final Map<String, Double> GLUED_SCALES =
            Map.of("bn", 1e9, "mn", 1e6, "mln", 1e6, "tn", 1e12, "k", 1e3);

    private NumberWords() {}

    /** A number read and the index of the token after it. */
    record Read(double value, int end) {}

    /** The number that starts at token {@code i} (digits or words), read no further than {@code end}. */
    static Optional<Read> read(List<Token> tokens, int i, int end) {
        Token first = tokens.get(i);
        if (first.type() == Token.Type.NUMBER) {
            return digits(first).map(v -> inDigits(tokens, new Read(v, i + 1), end));
        }
        if (first.isWord("a") || first.isWord("an")) {
            Optional<Read> part = Fractions.article(tokens, i, end);
            if (part.isPresent()) {
                return part;
            }
        }
        return WordSum.read(tokens, i, end, WordSum.Ending.CARDINAL).map(sum -> inWords(tokens, i, sum, end));
    }

    /** The value of a run of digits with {@code ,} as thousands separator and {@code .} as decimal point. */
    static Optional<Double> digits(Token token) {
        String plain = asciiDigits(token.text()).replace(",", "");
        if (plain.indexOf('.') != plain.lastIndexOf('.')) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(plain.startsWith(".") ? "0" + plain : plain));
    }

    /** Digits of any script ({@code ٢٣}, {@code ２３}) as ASCII, which the parser reads. */
    private static String asciiDigits(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            ascii.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return ascii.toString();
    }

    /** A number in words, or a scale word after a fraction in words, times the scale after it: {@code a half-million}. */
    static Read scaled(List<Token> tokens, Read read, int end) {
        int at = Figure.unitIndex(tokens, read.end(), end);
        String word = at < end ? tokens.get(at).lower() : "";
        if (WordSum.SCALES.containsKey(word)) {
            return new Read(read.value() * WordSum.SCALES.get(word), at + 1);
        }
        return word.equals("dozen") ? new Read(read.value() * 12, at + 1) : read;
    }

    private static Read inDigits(List<Token> tokens, Read bare, int end) {
        return Quotients.over(tokens, bare, end)
                .orElseGet(() -> withScale(tokens, Fractions.afterDigits(tokens, bare, end), end));
    }

    private static Read inWords(List<Token> tokens, int start, WordSum.Result sum, int end) {
        Read whole = new Read(sum.value(), sum.end());
        return Quotients.over(tokens, whole, end)
                .or(() -> Fractions.afterWords(tokens, sum, end))
                .or(() -> DecimalWords.after(tokens, start, whole, end).map(r -> scaled(tokens, r, end)))
                .orElseGet(() -> Fractions.andFraction(tokens, whole, end));
    }

    private static Read withScale(List<Token> tokens, Read read, int end) {
        int next = read.end();
        if (next >= end) {
            return read;
        }
        Token token = tokens.get(next);
        String word = token.lower();
        if (WordSum.SCALES.containsKey(word)) {
            return new Read(read.value() * WordSum.SCALES.get(word), next + 1);
        }
        if (word.equals("hundred")) {
            return new Read(read.value() * 100, next + 1);
        }
        if (word.equals("dozen") || word.equals("dozens")) {
            return new Read(read.value() * 12, next + 1);
        }
        boolean decimal = tokens.get(next - 1).text().contains(".");
        boolean glued = token.isGlued() && (GLUED_SCALES.containsKey(word) || (decimal && word.equals("b")));
        if (glued || isSpacedThousand(tokens, next, end)) {
            return new Read(read.value() * (word.equals("b") ? 1e9 : GLUED_SCALES.get(word)), next + 1);
        }
        return read;
    }

    /** {@code 2.33 k}: a {@code k} apart from the digits, ending the clause (not a word, not a label before more). */
    private static boolean isSpacedThousand(List<Token> tokens, int at, int end) {
        return tokens.get(at).isWord("k")
                && (at + 1 >= end
                        || (tokens.get(at + 1).type() == Token.Type.SYMBOL
                                && !tokens.get(at + 1).isSymbol('-')));
    }
}
