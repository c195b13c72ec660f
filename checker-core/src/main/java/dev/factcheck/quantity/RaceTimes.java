package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Race times and other lengths written as a clock face: {@code 2:06:23} (hours, minutes, seconds) and {@code 2:06.23}
 * (the same, with a dot before the seconds as some results tables write it), read as seconds. The rule that tells
 * them from clock times: three parts with a one-digit hour and nothing that shows a time of day (no {@code am}/{@code
 * pm}, no zone, no {@code at} before it) are a length, since news writes times of day to the minute and race times to
 * the second; {@code 06:12:30} or {@code 2:06:23 p.m.} stay clock times ({@link Clock} reads them first). Two parts
 * ({@code 2:06}) are always a clock time. A track time with hundredths ({@code 1:44.56}, minutes and seconds) reads as
 * hours, minutes and seconds: the dotted form is taken as the marathon style. Internal.
 */
final class RaceTimes {
    private static final Pattern MINUTES_DOT_SECONDS = Pattern.compile("([0-5][0-9])\\.([0-5][0-9])");

    private RaceTimes() {}

    /** The race time that starts at token {@code i}, when {@link Clock} found no time of day there. */
    static Optional<Bounds> read(List<Token> tokens, int i, TokenRange range) {
        Token first = tokens.get(i);
        int end = range.to();
        if (first.type() != Token.Type.NUMBER || first.text().length() > 2 || !isDigits(first.text())) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(first.text());
        if (Clock.isColonMinutes(tokens, i + 1, end) && Clock.isColonMinutes(tokens, i + 3, end)) {
            int minutes = Integer.parseInt(tokens.get(i + 2).text());
            return Optional.of(
                    length(hours, minutes, Integer.parseInt(tokens.get(i + 4).text()), i, i + 5));
        }
        boolean dotted = i + 2 < end
                && tokens.get(i + 1).isSymbol(':')
                && tokens.get(i + 1).isGlued()
                && tokens.get(i + 2).isGlued();
        if (!dotted) {
            return Optional.empty();
        }
        Matcher shape = MINUTES_DOT_SECONDS.matcher(tokens.get(i + 2).text());
        return !shape.matches()
                ? Optional.empty()
                : Optional.of(
                        length(hours, Integer.parseInt(shape.group(1)), Integer.parseInt(shape.group(2)), i, i + 3));
    }

    private static boolean isDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static Bounds length(int hours, int minutes, int seconds, int from, int to) {
        double total = hours * 3600.0 + minutes * 60.0 + seconds;
        return new Bounds(Dimension.DURATION, total, total, Optional.empty(), from, to, false, 1);
    }
}
