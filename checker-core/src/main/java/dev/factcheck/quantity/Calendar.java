package dev.factcheck.quantity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Writes dates and clock times as ISO-8601: a day {@code 2018-06-23}, a whole month {@code 2017-12}, a whole year
 * {@code 2017}; a time {@code 09:15}, with seconds only where they are not the minute's first ({@code 09:15:30}).
 */
public final class Calendar {
    private Calendar() {}

    /** A day, held as days since 1970-01-01. */
    public static String day(double epochDay) {
        return LocalDate.ofEpochDay((long) epochDay).toString();
    }

    /** The period {@code [first, last]} at its own grain: a day, a whole month or a whole year. */
    public static String period(double first, double last) {
        LocalDate from = LocalDate.ofEpochDay((long) first);
        LocalDate to = LocalDate.ofEpochDay((long) last);
        if (from.equals(to)) {
            return from.toString();
        }
        if (from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
            return String.format(Locale.ROOT, "%04d", from.getYear());
        }
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth())) {
            return YearMonth.from(from).toString();
        }
        return from + "/" + to;
    }

    /** A time of day, held as seconds since midnight. */
    public static String time(double seconds) {
        long s = (long) Math.floor(seconds);
        String minute = String.format(Locale.ROOT, "%02d:%02d", s / 3600 % 24, s / 60 % 60);
        return s % 60 == 0 || s % 60 == 59 ? minute : minute + String.format(Locale.ROOT, ":%02d", s % 60);
    }
}
