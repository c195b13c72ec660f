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

    public static String describe(Interval interval, Dimension dimension) {
        String unit = dimension.unit().map(u -> " " + u).orElse("");
        String plain = plain(interval, unit);
        return dimension == Dimension.DURATION ? plain + " (" + readable(interval) + ")" : plain;
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
