package dev.factcheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and clock times as {@code score.py} compares them: each value stands for the whole period it names, as day
 * numbers (dates) or seconds of the day (times). Truth values are numbers ({@code yyyymmdd}, {@code yyyymm}, a year,
 * {@code hhmm}); report values ISO-8601 strings.
 */
final class StoryScoreDates {
    /** How a truth claim writes its dates: score.py's {@code TRUTH_DATES}. */
    enum Form {
        YMD,
        YM,
        Y,
        CLOCK
    }

    private static final Map<String, Form> FORMS =
            Map.of("yyyymmdd", Form.YMD, "yyyymm", Form.YM, "year", Form.Y, "hhmm", Form.CLOCK);
    // Python's \d matches any Unicode digit, and Integer.parseInt reads them too
    private static final Pattern ISO_DATE =
            Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ISO_TIME =
            Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int LAST_YEAR = 9999; // Python's datetime.MAXYEAR

    private StoryScoreDates() {}

    /** The form a kind-date claim's unit names (its part before any comma), if any. */
    static Optional<Form> form(String unit) {
        return Optional.ofNullable(FORMS.get(unit.split(",", -1)[0].strip()));
    }

    /** A truth number as its (first, last) period; empty when it is not a number or not a real date or time. */
    static Optional<double[]> truthPeriod(JsonNode value, Form form) {
        if (!value.isNumber()) {
            return Optional.empty();
        }
        long n = value.isIntegralNumber() ? value.asLong() : (long) value.asDouble(); // int() truncates too
        return switch (form) {
            case YMD ->
                period(
                        Math.floorDiv(n, 10000),
                        Math.floorMod(Math.floorDiv(n, 100), 100L),
                        Math.floorMod(n, 100L),
                        form);
            case YM -> period(Math.floorDiv(n, 100), Math.floorMod(n, 100L), null, form);
            case Y -> period(n, null, null, form);
            case CLOCK -> period(Math.floorDiv(n, 100), Math.floorMod(n, 100L), null, form);
        };
    }

    /** A report's ISO-8601 string as its (first, last) period; empty for anything else. */
    static Optional<double[]> reportPeriod(JsonNode value, Form form) {
        if (!value.isTextual()) {
            return Optional.empty();
        }
        Matcher match = (form == Form.CLOCK ? ISO_TIME : ISO_DATE).matcher(value.asText());
        if (!match.matches()) {
            return Optional.empty();
        }
        return period(group(match, 1), group(match, 2), group(match, 3), form);
    }

    private static Long group(Matcher match, int group) {
        String digits = match.group(group);
        return digits == null ? null : Long.valueOf(Integer.parseInt(digits));
    }

    private static Optional<double[]> period(long a, Long b, Long c, Form form) {
        return form == Form.CLOCK ? clock(a, b, c) : days(a, b == null ? 0 : b, c == null ? 0 : c);
    }

    /** score.py's period() for a time: an HH:MM covers all its seconds; no check for negative parts, as there. */
    private static Optional<double[]> clock(long hour, Long minute, Long second) {
        long s = second == null ? 0 : second;
        if (minute == null || !(hour < 24 && minute < 60 && s < 60)) {
            return Optional.empty();
        }
        long first = hour * 3600 + minute * 60 + s;
        return Optional.of(new double[] {first, second != null ? first : first + 59});
    }

    /** score.py's period() for a date, where a month or day of 0 reads as absent, as Python's {@code b or 1} does. */
    private static Optional<double[]> days(long year, long month, long day) {
        try {
            LocalDate first = date(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
            LocalDate last;
            if (day != 0) {
                last = first;
            } else if (month != 0) {
                last = date(year + month / 12, month % 12 + 1, 1).minusDays(1);
            } else {
                last = date(year, 12, 31);
            }
            return Optional.of(new double[] {first.toEpochDay(), last.toEpochDay()});
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty(); // score.py: None when not a real date
        }
    }

    private static LocalDate date(long year, long month, long day) {
        if (year < 1 || year > LAST_YEAR) {
            throw new DateTimeException("year " + year + " outside Python's date range");
        }
        return LocalDate.of(Math.toIntExact(year), Math.toIntExact(month), Math.toIntExact(day));
    }
}
