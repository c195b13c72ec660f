package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The grammar of a whole number in words, read left to right: units and tens ({@code twenty-three}, {@code fifty
 * two}, {@code fifty - two}), {@code hundred}, {@code dozen}, and scales in falling order ({@code twenty-one trillion
 * three hundred}), with {@code and} only after a hundred or a scale ({@code one hundred and five}, {@code two thousand
 * and two hundred}). An {@code and} that a number word cannot follow is given back, so that {@code between one
 * hundred and two hundred} stays two numbers. Read for a rank, the words may end in an ordinal word ({@code one
 * hundred twenty-fifth}, {@code two hundredth}). Internal.
 */
final class WordSum {
    static final Map<String, Integer> SMALL = Map.ofEntries(
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

    /** Whether the words may end in an ordinal word. */
    enum Ending {
        CARDINAL,
        ORDINAL
    }

    /**
     * A number read.
     *
     * @param end the index after its last word
     * @param beforeAnd the value before the last {@code and} that joined a part on, as 100 in {@code one hundred and
     *     three}; empty when no {@code and} did
     * @param ordinal whether it ended in an ordinal word
     */
    record Result(double value, int end, OptionalDouble beforeAnd, boolean ordinal) {}

    private final Ending ending;
    private double total;
    private double group;
    private double lastScale = Double.POSITIVE_INFINITY;
    private boolean seen;
    private boolean done;
    private boolean ordinal;
    private boolean afterHyphen;
    private OptionalDouble beforeAnd = OptionalDouble.empty();
    private int andAt = -1;

    private WordSum(Ending ending) {
        this.ending = ending;
    }

    /** The number in words that starts at token {@code start}, read no further than {@code end}. */
    static Optional<Result> read(List<Token> tokens, int start, int end, Ending ending) {
        return new WordSum(ending).run(tokens, start, end);
    }

    /** Whether {@code word} is a cardinal number word: {@code five}, {@code forty}, {@code hundred}, {@code million}. */
    static boolean isNumberWord(String word) {
        return SMALL.containsKey(word) || isMultiplier(word);
    }

    /** Words that {@code a} stands before as one: {@code a hundred}, {@code a dozen}, {@code a million}. */
    static boolean isMultiplier(String word) {
        return word.equals("hundred") || word.equals("dozen") || word.equals("dozens") || SCALES.containsKey(word);
    }

    private Optional<Result> run(List<Token> tokens, int start, int end) {
        int i = start;
        int last = -1;
        while (i < end && !done) {
            boolean joiner = tokens.get(i).isWord("and") || tokens.get(i).type() == Token.Type.SYMBOL;
            int step = take(tokens, i, end);
            if (step == 0) {
                break;
            }
            i += step;
            last = joiner ? last : i;
        }
        if (last < 0) {
            return Optional.empty();
        }
        boolean refused = i < end && !done && tokens.get(i).type() == Token.Type.WORD;
        if (refused && andAt >= 0 && last > andAt && isNumberWord(tokens.get(i).lower())) {
            return Optional.of(new Result(beforeAnd.getAsDouble(), andAt, OptionalDouble.empty(), false));
        }
        return Optional.of(new Result(total + group, last, beforeAnd, ordinal));
    }

    /** Takes the token at {@code i} into the sum; returns how many tokens it used, 0 when it ends the number. */
    private int take(List<Token> tokens, int i, int end) {
        Token token = tokens.get(i);
        if (token.type() != Token.Type.WORD) {
            afterHyphen = joinsWords(tokens, i, end);
            return afterHyphen ? 1 : 0;
        }
        boolean hyphenated = afterHyphen;
        afterHyphen = false;
        String word = token.lower();
        if (SMALL.containsKey(word)) {
            return addSmall(SMALL.get(word));
        }
        if (word.equals("a") || word.equals("an")) {
            return !seen && i + 1 < end && isMultiplier(tokens.get(i + 1).lower()) ? start(1) : 0;
        }
        if (word.equals("and")) {
            return joinsByAnd(tokens, i, end) ? 1 : 0;
        }
        Optional<Double> rank = ending == Ending.ORDINAL ? Ordinals.valueOf(word) : Optional.empty();
        if (rank.isPresent()) {
            return takeOrdinal(tokens, i, end, rank.get(), hyphenated);
        }
        return multiply(word);
    }

    private int addSmall(double value) {
        boolean fits = !seen
                || (value > 0 && group % 100 == 0 && (group > 0 || total > 0))
                || (isTens(group % 100) && value < 10 && value > 0);
        return fits ? start(group + value) : 0;
    }

    private int start(double value) {
        group = value;
        seen = true;
        return 1;
    }

    private int multiply(String word) {
        if (!seen || group <= 0) {
            return 0;
        }
        if (word.equals("hundred")) {
            return group < 100 ? start(group * 100) : 0;
        }
        if (word.equals("dozen") || word.equals("dozens")) {
            // "three hundred and two dozen" is 300 + 24: a dozen counts what stands after the hundreds
            double units = group % 100;
            done = true;
            return start(units == 0 ? group * 12 : group - units + units * 12);
        }
        return SCALES.containsKey(word) ? closeGroup(SCALES.get(word)) : 0;
    }

    private int closeGroup(double scale) {
        if (!seen || group <= 0 || scale >= lastScale) {
            return 0;
        }
        total += group * scale;
        group = 0;
        lastScale = scale;
        return 1;
    }

    /**
     * An ordinal word ends the number. {@code second} after tens takes a hyphen or a hundred before it ({@code twenty
     * second} is more often 20 seconds); a unit written apart from its tens is no rank when a hyphen glues it to the
     * next word ({@code twenty first-time buyers}).
     */
    private int takeOrdinal(List<Token> tokens, int i, int end, double value, boolean hyphenated) {
        int step;
        if (value < 100) {
            boolean spacedSecond = value == 2 && !hyphenated && group < 100 && total == 0;
            boolean compound = seen
                    && !hyphenated
                    && i + 2 < end
                    && tokens.get(i + 1).isSymbol('-')
                    && tokens.get(i + 1).isGlued();
            step = spacedSecond || compound ? 0 : addSmall(value);
        } else if (value == 100) {
            step = seen ? multiply("hundred") : start(100);
        } else {
            step = seen ? closeGroup(value) : start(value);
        }
        ordinal = step > 0;
        done = ordinal;
        return step;
    }

    private boolean joinsByAnd(List<Token> tokens, int i, int end) {
        boolean closed = seen && ((group > 0 && group % 100 == 0) || (group == 0 && total > 0));
        if (!closed || i + 1 >= end) {
            return false;
        }
        String next = tokens.get(i + 1).lower();
        boolean number = (SMALL.containsKey(next) && SMALL.get(next) > 0)
                || (ending == Ending.ORDINAL
                        && Ordinals.valueOf(next).filter(v -> v < 100).isPresent());
        if (number) {
            beforeAnd = OptionalDouble.of(total + group);
            andAt = i;
        }
        return number;
    }

    /** A hyphen between tens and a unit, glued on both sides or spaced on both: {@code fifty-two}, {@code fifty - two}. */
    private boolean joinsWords(List<Token> tokens, int i, int end) {
        Token hyphen = tokens.get(i);
        if (!seen || !hyphen.isSymbol('-') || i + 1 >= end || !isTens(group % 100)) {
            return false;
        }
        Token next = tokens.get(i + 1);
        boolean glued = hyphen.isGlued() && next.isGlued();
        boolean spaced = hyphen.gap() == Token.Gap.SPACE && next.gap() == Token.Gap.SPACE;
        Integer unit = SMALL.get(next.lower());
        boolean isUnit = (unit != null && unit > 0 && unit < 10)
                || (ending == Ending.ORDINAL
                        && Ordinals.valueOf(next.lower()).filter(v -> v < 10).isPresent());
        return (glued || spaced) && isUnit;
    }

    private static boolean isTens(double value) {
        return value >= 20 && value < 100 && value % 10 == 0;
    }
}
