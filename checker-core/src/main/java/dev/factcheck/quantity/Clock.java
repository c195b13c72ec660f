package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times as the seconds of the day they cover: {@code 9:15 a.m.}, {@code 9:10am}, {@code 6.08am}, {@code 6.08
 * a.m.}, {@code 21:05}, {@code 06:12:30}, {@code 4 p.m.}, {@code 0830 UTC}, with a zone or place after them ({@code
 * 11:12 p.m. ET}, {@code 23:55 GMT}, {@code New York time}; see {@link TimeZones}). A time to the minute covers that
 * minute's 60 seconds, one to the second that second. A time with a dot ({@code 6.08}) needs {@code am}/{@code pm} or
 * a zone, or it is a decimal. A time with seconds is a clock time only when it shows one: {@code am}/{@code pm}, a
 * zone, a two-digit hour ({@code 06:12:30}) or {@code at} before it; else it is a race time, which {@link RaceTimes}
 * reads. Internal.
 */
final class Clock {
    /** Shapes of digit runs, compiled once: {@link String#matches} would compile them on every call. */
    private static final Pattern MINUTES = Pattern.compile("[0-5][0-9]");

    private static final Pattern HOURS_MINUTES = Pattern.compile("([01][0-9]|2[0-3])[0-5][0-9]");

    private static final Pattern DOTTED = Pattern.compile("([01]?[0-9]|2[0-3])\\.([0-5][0-9])");

    private static final Set<String> ZONES = Set.of("utc", "gmt", "hours", "hrs", "local");

    private Clock() {}

    /** The clock time that starts at token {@code i}. */
    static Optional<Bounds> read(List<Token> tokens, int i, TokenRange range) {
        Token first = tokens.get(i);
        if (first.type() != Token.Type.NUMBER || first.text().contains(",")) {
            return Optional.empty();
        }
        if (first.text().contains(".")) {
            return dotted(tokens, i, range.to());
        }
        if (isColonMinutes(tokens, i + 1, range.to())) {
            return colon(tokens, i, range);
        }
        if (first.text().length() <= 2) {
            int hour = Integer.parseInt(first.text());
            return hour >= 1 && hour <= 12
                    ? meridiem(tokens, i + 1, range.to()).map(m -> time(hour, 0, -1, zoned(tokens, m, range), i))
                    : Optional.empty();
        }
        return military(tokens, i, range.to());
    }

    /** Whether {@code :mm} stands glued at {@code i}. */
    static boolean isColonMinutes(List<Token> tokens, int i, int end) {
        return i + 1 < end
                && tokens.get(i).isSymbol(':')
                && tokens.get(i).isGlued()
                && tokens.get(i + 1).isGlued()
                && MINUTES.matcher(tokens.get(i + 1).text()).matches();
    }

    /** {@code 9:15}, {@code 21:05:30}, with what follows. */
    private static Optional<Bounds> colon(List<Token> tokens, int i, TokenRange range) {
        // an hour has at most two digits; a longer figure before a colon would also overflow an int
        if (tokens.get(i).text().length() > 2) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(tokens.get(i).text());
        int minute = Integer.parseInt(tokens.get(i + 2).text());
        boolean withSeconds = isColonMinutes(tokens, i + 3, range.to());
        int second = withSeconds ? Integer.parseInt(tokens.get(i + 4).text()) : -1;
        int next = withSeconds ? i + 5 : i + 3;
        Meridiem m = zoned(tokens, meridiem(tokens, next, range.to()).orElse(new Meridiem(Half.NONE, next)), range);
        boolean shown = m.end() > next
                || tokens.get(i).text().length() == 2
                || (i > range.from() && tokens.get(i - 1).isWord("at"));
        if (hour >= 24 || (withSeconds && !shown)) {
            return Optional.empty();
        }
        return Optional.of(time(hour, minute, second, m, i));
    }

    /** {@code 6.08am}, {@code 6.08 a.m.}, {@code 23.55 GMT}: never a bare {@code 6.08}. */
    private static Optional<Bounds> dotted(List<Token> tokens, int i, int end) {
        Matcher shape = DOTTED.matcher(tokens.get(i).text());
        if (!shape.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(shape.group(1));
        int minute = Integer.parseInt(shape.group(2));
        Optional<Meridiem> half = meridiem(tokens, i + 1, end).filter(m -> hour >= 1 && hour <= 12);
        int zoneEnd = TimeZones.after(tokens, half.map(Meridiem::end).orElse(i + 1), end);
        Meridiem m = new Meridiem(half.map(Meridiem::half).orElse(Half.NONE), zoneEnd);
        return m.end() > i + 1 ? Optional.of(time(hour, minute, -1, m, i)) : Optional.empty();
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
        Meridiem zone = new Meridiem(Half.NONE, Math.max(TimeZones.after(tokens, i + 1, end), i + 2));
        return Optional.of(time(hour, Integer.parseInt(text.substring(2)), -1, zone, i));
    }

    private enum Half {
        NONE,
        AM,
        PM
    }

    /** Which half of the day a marker names, and the index after it (and after any zone). */
    private record Meridiem(Half half, int end) {}

    private static Meridiem zoned(List<Token> tokens, Meridiem m, TokenRange range) {
        return new Meridiem(m.half(), TimeZones.after(tokens, m.end(), range.to()));
    }

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

    /** The seconds of a time; {@code second} is -1 for a time to the minute, which covers the whole minute. */
    private static Bounds time(int hour, int minute, int second, Meridiem meridiem, int from) {
        int h = switch (meridiem.half()) {
            case NONE -> hour;
            case AM -> hour % 12;
            case PM -> hour % 12 + 12;
        };
        double start = h * 3600.0 + minute * 60.0 + Math.max(second, 0);
        double last = second < 0 ? start + 59 : start;
        return new Bounds(Dimension.TIME, start, last, Optional.empty(), from, meridiem.end(), false);
    }
}
