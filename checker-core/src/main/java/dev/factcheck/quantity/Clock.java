package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Clock times as the seconds of the day they cover: {@code 9:15 a.m.}, {@code 9:10am}, {@code 21:05}, {@code 4 p.m.},
 * {@code 0830 UTC}. A time to the minute covers that minute's 60 seconds. Internal.
 */
final class Clock {
    /** Shapes of digit runs, compiled once: {@link String#matches} would compile them on every call. */
    private static final Pattern MINUTES = Pattern.compile("[0-5][0-9]");

    private static final Pattern HOURS_MINUTES = Pattern.compile("([01][0-9]|2[0-3])[0-5][0-9]");

    private static final Set<String> ZONES = Set.of("utc", "gmt", "hours", "hrs", "local");

    private Clock() {}

    /** The clock time that starts at token {@code i}. */
    static Optional<Bounds> read(List<Token> tokens, int i, TokenRange range) {
        Token first = tokens.get(i);
        if (first.type() != Token.Type.NUMBER
                || first.text().contains(",")
                || first.text().contains(".")) {
            return Optional.empty();
        }
        int end = range.to();
        if (i + 2 < end
                && tokens.get(i + 1).isSymbol(':')
                && tokens.get(i + 1).isGlued()
                && tokens.get(i + 2).isGlued()
                && MINUTES.matcher(tokens.get(i + 2).text()).matches()) {
            int hour = Integer.parseInt(first.text());
            int minute = Integer.parseInt(tokens.get(i + 2).text());
            Meridiem m = meridiem(tokens, i + 3, end).orElse(new Meridiem(Half.NONE, i + 3));
            return hour < 24 ? Optional.of(time(hour, minute, m, i)) : Optional.empty();
        }
        if (first.text().length() <= 2) {
            int hour = Integer.parseInt(first.text());
            return hour >= 1 && hour <= 12
                    ? meridiem(tokens, i + 1, end).map(m -> time(hour, 0, m, i))
                    : Optional.empty();
        }
        return military(tokens, i, end);
    }

    /** {@code 0830 UTC}: four digits and a zone or {@code hours}. */
    private static Optional<Bounds> military(List<Token> tokens, int i, int end) {
        String text = tokens.get(i).text();
        boolean zoned = HOURS_MINUTES.matcher(text).matches()
                && i + 1 < end
                && ZONES.contains(tokens.get(i + 1).lower());
        if (!zoned) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(text.substring(0, 2));
        return Optional.of(time(hour, Integer.parseInt(text.substring(2)), new Meridiem(Half.NONE, i + 2), i));
    }

    private enum Half {
        NONE,
        AM,
        PM
    }

    /** Which half of the day a marker names, and the index after it. */
    private record Meridiem(Half half, int end) {}

    private static Optional<Meridiem> meridiem(List<Token> tokens, int i, int end) {
        if (i >= end || tokens.get(i).type() != Token.Type.WORD) {
            return Optional.empty();
        }
        String word = tokens.get(i).lower();
        if (word.equals("am") || word.equals("pm")) {
            return Optional.of(new Meridiem(word.equals("pm") ? Half.PM : Half.AM, i + 1));
        }
        boolean dotted = (word.equals("a") || word.equals("p"))
                && i + 2 < end
                && tokens.get(i + 1).isSymbol('.')
                && tokens.get(i + 2).isWord("m");
        if (!dotted) {
            return Optional.empty();
        }
        int after = i + 3 < end
                        && tokens.get(i + 3).isSymbol('.')
                        && tokens.get(i + 3).isGlued()
                ? i + 4
                : i + 3;
        return Optional.of(new Meridiem(word.equals("p") ? Half.PM : Half.AM, after));
    }

    private static Bounds time(int hour, int minute, Meridiem meridiem, int from) {
        int h = switch (meridiem.half()) {
            case NONE -> hour;
            case AM -> hour % 12;
            case PM -> hour % 12 + 12;
        };
        double start = h * 3600.0 + minute * 60.0;
        return new Bounds(Dimension.TIME, start, start + 59, Optional.empty(), from, meridiem.end(), false);
    }
}
