package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads numbers written in words ({@code twenty-three thousand}, {@code one hundred and five}, {@code a dozen}) and
 * figures with a scale word ({@code 1.2 million}). Internal.
 */
final class NumberWords {
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    /** Scales that close a group, as {@code thousand} does in {@code twenty-three thousand}. */
    static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

    /** Abbreviated scales glued to digits: {@code 3bn}. ({@code m} is million only after a currency sign.) */
    private static final Map<String, Double> GLUED_SCALES = Map.of("bn", 1e9, "mn", 1e6, "mln", 1e6, "tn", 1e12);

    private NumberWords() {}

    /** A number read and the index of the token after it. */
    record Read(double value, int end) {}

    /** The number that starts at token {@code i} (digits or words), read no further than {@code end}. */
    static Optional<Read> read(List<Token> tokens, int i, int end) {
        Token first = tokens.get(i);
        if (first.type() == Token.Type.NUMBER) {
            return digits(first)
                    .map(v -> Fractions.afterDigits(tokens, new Read(v, i + 1), end))
                    .map(r -> withScale(tokens, r.value(), r.end(), end));
        }
        return words(tokens, i, end).map(r -> andAFraction(tokens, r, end));
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

    private static Read withScale(List<Token> tokens, double value, int next, int end) {
        if (next < end && SCALES.containsKey(tokens.get(next).lower())) {
            return new Read(value * SCALES.get(tokens.get(next).lower()), next + 1);
        }
        if (next < end
                && tokens.get(next).isGlued()
                && GLUED_SCALES.containsKey(tokens.get(next).lower())) {
            return new Read(value * GLUED_SCALES.get(tokens.get(next).lower()), next + 1);
        }
        return new Read(value, next);
    }

    /**
     * A number in words followed by a fraction: {@code two thirds} (the number was the numerator), {@code one hundred
     * and three and two thirds} (the fraction is added).
     */
    private static Read andAFraction(List<Token> tokens, Read whole, int end) {
        Optional<Read> own = Fractions.inWords(tokens, whole.value(), whole.end(), end);
        if (own.isPresent()) {
            return own.get();
        }
        int and = whole.end();
        if (and + 1 < end && tokens.get(and).isWord("and")) {
            Optional<Read> part = words(tokens, and + 1, end)
                    .flatMap(n -> Fractions.inWords(tokens, n.value(), n.end(), end))
                    .filter(f -> f.value() < 1);
            if (part.isPresent()) {
                return new Read(whole.value() + part.get().value(), part.get().end());
            }
        }
        return whole;
    }

    private static Optional<Read> words(List<Token> tokens, int start, int end) {
        WordSum sum = new WordSum();
        int i = start;
        int last = -1;
        while (i < end) {
            int step = sum.take(tokens, i, end);
            if (step == 0) {
                break;
            }
            i += step;
            if (sum.hasValue()) {
                last = i;
            }
        }
        return last < 0 ? Optional.empty() : Optional.of(new Read(sum.value(), last));
    }

    /** The running sum of a number in words: {@code total} of closed groups plus the {@code group} being read. */
    private static final class WordSum {
        private double total;
        private double group;
        private boolean seen;

        boolean hasValue() {
            return seen;
        }

        double value() {
            return total + group;
        }

        /** Takes the word at {@code i} into the sum; returns how many tokens it used, 0 when it is not a number word. */
        int take(List<Token> tokens, int i, int end) {
            Token token = tokens.get(i);
            String word = token.lower();
            if (token.type() != Token.Type.WORD) {
                return joinsWords(tokens, i, end) ? 1 : 0;
            }
            if (SMALL.containsKey(word)) {
                return addSmall(SMALL.get(word));
            }
            if (word.equals("a") || word.equals("an")) {
                return !seen && i + 1 < end && isMultiplier(tokens.get(i + 1).lower()) ? start(1) : 0;
            }
            if (word.equals("and")) {
                return seen
                                && group >= 100
                                && i + 1 < end
                                && SMALL.containsKey(tokens.get(i + 1).lower())
                        ? 1
                        : 0;
            }
            return multiply(word);
        }

        private int addSmall(int value) {
            if (seen && (group % 100 != 0 && !(group % 100 >= 20 && group % 10 == 0 && value < 10))) {
                return 0;
            }
            group += value;
            seen = true;
            return 1;
        }

        private int start(double value) {
            group = value;
            seen = true;
            return 1;
        }

        private int multiply(String word) {
            if (!seen) {
                return 0;
            }
            if (word.equals("hundred") && group < 100) {
                group = (group == 0 ? 1 : group) * 100;
                return 1;
            }
            if (word.equals("dozen")) {
                group = group * 12;
                return 1;
            }
            if (SCALES.containsKey(word)) {
                total += group * SCALES.get(word);
                group = 0;
                return 1;
            }
            return 0;
        }

        /** A hyphen inside a number in words, as in {@code twenty-three}. */
        private boolean joinsWords(List<Token> tokens, int i, int end) {
            return seen
                    && tokens.get(i).isSymbol('-')
                    && i + 1 < end
                    && tokens.get(i + 1).isGlued()
                    && tokens.get(i).isGlued()
                    && SMALL.containsKey(tokens.get(i + 1).lower())
                    && group >= 20
                    && group % 10 == 0;
        }
    }

    /** Words that {@code a} stands before as one: {@code a hundred}, {@code a dozen}, {@code a third}. */
    private static boolean isMultiplier(String word) {
        return word.equals("hundred")
                || word.equals("dozen")
                || SCALES.containsKey(word)
                || word.equals("third")
                || word.equals("quarter")
                || word.equals("fifth");
    }
}
