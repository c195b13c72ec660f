package dev.factcheck.quantity;

import java.util.Map;
import java.util.Optional;

/**
 * Units of time and their length in seconds. A year is 365.2425 days (the Gregorian mean) and a month a twelfth of
 * it, so that {@code 18 months} equals {@code a year and a half}.
 */
enum TimeUnit {
    SECOND(1),
    MINUTE(60),
    HOUR(3600),
    DAY(86_400),
    WEEK(7 * 86_400),
    FORTNIGHT(14 * 86_400),
    MONTH(TimeUnit.YEAR_SECONDS / 12),
    YEAR(TimeUnit.YEAR_SECONDS),
    DECADE(10 * TimeUnit.YEAR_SECONDS),
    CENTURY(100 * TimeUnit.YEAR_SECONDS);

    static final double YEAR_SECONDS = 365.2425 * 86_400;

    private static final Map<String, TimeUnit> WORDS = Map.ofEntries(
            Map.entry("second", SECOND),
            Map.entry("seconds", SECOND),
            Map.entry("sec", SECOND),
            Map.entry("secs", SECOND),
            Map.entry("minute", MINUTE),
            Map.entry("minutes", MINUTE),
            Map.entry("min", MINUTE),
            Map.entry("mins", MINUTE),
            Map.entry("hour", HOUR),
            Map.entry("hours", HOUR),
            Map.entry("hr", HOUR),
            Map.entry("hrs", HOUR),
            Map.entry("day", DAY),
            Map.entry("days", DAY),
            Map.entry("week", WEEK),
            Map.entry("weeks", WEEK),
            Map.entry("fortnight", FORTNIGHT),
            Map.entry("fortnights", FORTNIGHT),
            Map.entry("month", MONTH),
            Map.entry("months", MONTH),
            Map.entry("year", YEAR),
            Map.entry("years", YEAR),
            Map.entry("yr", YEAR),
            Map.entry("yrs", YEAR),
            Map.entry("decade", DECADE),
            Map.entry("decades", DECADE),
            Map.entry("century", CENTURY),
            Map.entry("centuries", CENTURY));

    private final double seconds;

    TimeUnit(double seconds) {
        this.seconds = seconds;
    }

    double seconds() {
        return seconds;
    }

    /** The unit a word names ({@code minutes}, {@code hr}), given in lower case. */
    static Optional<TimeUnit> named(String word) {
        return Optional.ofNullable(WORDS.get(word));
    }
}
