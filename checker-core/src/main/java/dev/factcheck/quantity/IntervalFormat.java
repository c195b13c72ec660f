package dev.factcheck.quantity;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes an interval for people: {@code 23,000}, {@code 23,000 or more}, {@code 3,240 to 3,600 s (54 to 60 min)}.
 * Durations are shown in seconds, with the most readable larger unit beside them.
 */
public final class IntervalFormat {
    private IntervalFormat() {}

    /** A quantity's interval, in its unit. */
    public static String describe(Quantity quantity) {
        return describe(quantity.interval(), quantity.dimension(), quantity.unit());
    }

    public static String describe(Interval interval, Dimension dimension, java.util.Optional<String> unitName) {
        if (dimension.isCalendar()) {
            return calendar(interval, dimension);
        }
        String unit = unitName.map(u -> " " + u).orElse("");
        String plain = plain(interval, unit);
        return dimension == Dimension.DURATION ? plain + " (" + readable(interval) + ")" : plain;
    }

    private static String calendar(Interval interval, Dimension dimension) {
        if (dimension == Dimension.TIME) {
            String from = interval.hasMin() ? Calendar.time(interval.min()) : "any time";
            String to = interval.hasMax() ? Calendar.time(interval.max()) : "any time";
            return from.equals(to) ? from : from + " to " + to;
        }
        if (interval.hasMin() && interval.hasMax()) {
            return Calendar.period(interval.min(), interval.max());
        }
        return interval.hasMin()
                ? Calendar.day(interval.min()) + " or later"
                : Calendar.day(interval.max()) + " or earlier";
    }

    private static String plain(Interval interval, String unit) {
        if (!interval.hasMax() && !interval.hasMin()) {
            return "any value";
        }
        if (!interval.hasMax()) {
            return number(interval.min()) + unit + " or more";
        }
        if (!interval.hasMin()) {
            return number(interval.max()) + unit + " or less";
        }
        if (interval.min() == interval.max()) {
            return number(interval.min()) + unit;
        }
        return number(interval.min()) + " to " + number(interval.max()) + unit;
    }

    /** The interval in the largest unit of time in which its figures are not below one. */
    private static String readable(Interval interval) {
        double reference = interval.hasMin() && interval.min() > 0 ? interval.min() : interval.max();
        TimeUnit best = TimeUnit.SECOND;
        for (TimeUnit unit : TimeUnit.values()) {
            if (unit != TimeUnit.FORTNIGHT && unit != TimeUnit.WEEK && reference >= unit.seconds()) {
                best = unit;
            }
        }
        return plain(interval.times(1 / best.seconds()), " " + best.name().toLowerCase(Locale.ROOT) + "s");
    }

    private static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
