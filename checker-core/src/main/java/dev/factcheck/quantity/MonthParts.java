package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A month named alone ({@code in April}, {@code by January}, {@code late February}, {@code early March 2019}) as the
 * days it covers, and the part of it that {@code early}, {@code mid} and {@code late} name: days 1 to 10, 11 to 20
 * and 21 to the month's end, a third of the month each, since news uses them loosely and a third is what a reader
 * would allow. Without a year written, the month is the source's year's. A month name with neither day nor year is a
 * date only after one of {@link #BEFORE_MONTH} or a part word, since {@code May}, {@code March} and {@code August}
 * are also names and verbs. Internal.
 */
final class MonthParts {
    /** Words after which a lone month name is a date. */
    private static final Set<String> BEFORE_MONTH = Set.of(
            "in",
            "by",
            "since",
            "until",
            "till",
            "during",
            "through",
            "throughout",
            "before",
            "after",
            "from",
            "of",
            "last",
            "next",
            "this",
            "early",
            "mid",
            "late");

    private static final int THIRD = 10;

    private MonthParts() {}

    /** The part of a month a word before it names, and the index where the mention starts. */
    record Part(Third third, int from) {}

    /** The thirds of a month, or the whole of it. */
    enum Third {
        WHOLE,
        EARLY,
        MID,
        LATE
    }

    /** The part named before the month at {@code month}: {@code early}, {@code mid}, {@code mid-}, {@code late}. */
    static Part before(List<Token> tokens, int month, int floor) {
        int word = month - 1;
        if (word - 1 >= floor
                && tokens.get(word).isSymbol('-')
                && tokens.get(month).isGlued()) {
            word--;
        }
        if (word < floor) {
            return new Part(Third.WHOLE, month);
        }
        Token t = tokens.get(word);
        Third third = t.isWord("early")
                ? Third.EARLY
                : t.isWord("mid") ? Third.MID : t.isWord("late") ? Third.LATE : Third.WHOLE;
        return third == Third.WHOLE ? new Part(Third.WHOLE, month) : new Part(third, word);
    }

    /** Whether a month name at {@code month}, with no day or year after it, is a date. */
    static boolean isDateAlone(List<Token> tokens, int month, int floor) {
        int word = month - 1;
        if (word >= floor && tokens.get(word).isSymbol('-')) {
            word--;
        }
        return word >= floor && BEFORE_MONTH.contains(tokens.get(word).lower());
    }

    /** The days of {@code month} that {@code part} covers, as a date taking {@code [part.from, to)}. */
    static Optional<Bounds> days(YearMonth month, Part part, int to) {
        int first = switch (part.third()) {
            case WHOLE, EARLY -> 1;
            case MID -> THIRD + 1;
            case LATE -> 2 * THIRD + 1;
        };
        int last = switch (part.third()) {
            case EARLY -> THIRD;
            case MID -> 2 * THIRD;
            case WHOLE, LATE -> month.lengthOfMonth();
        };
        return Optional.of(new Bounds(
                Dimension.DATE,
                month.atDay(first).toEpochDay(),
                month.atDay(last).toEpochDay(),
                Optional.empty(),
                part.from(),
                to,
                false));
    }
}
