package dev.factcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.factcheck.quantity.Calendar;
import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.Interval;
import dev.factcheck.quantity.Quantity;
import java.io.IOException;

/**
 * Writes a quantity's {@code value}, {@code min} and {@code max} fields: numbers in the canonical unit, ISO-8601
 * strings for dates and times, {@code null} for an unbounded side or for the value of a range. Internal.
 */
final class Values {
    private Values() {}

    static void write(JsonGenerator json, Quantity quantity) throws IOException {
        Interval interval = quantity.interval();
        Dimension dimension = quantity.dimension();
        if (dimension.isCalendar()) {
            json.writeStringField("value", quantity.value().isPresent() ? calendarValue(quantity) : null);
            json.writeStringField("min", interval.hasMin() ? calendar(dimension, interval.min()) : null);
            json.writeStringField("max", interval.hasMax() ? calendar(dimension, interval.max()) : null);
            return;
        }
        number(json, "value", quantity.value().isPresent() ? quantity.value().getAsDouble() : null);
        number(json, "min", interval.hasMin() ? interval.min() : null);
        number(json, "max", interval.hasMax() ? interval.max() : null);
    }

    /** A date as written, at its grain ({@code 2017}, {@code 2017-12}); a time as {@code 09:15}. */
    private static String calendarValue(Quantity quantity) {
        if (quantity.dimension() == Dimension.TIME) {
            return Calendar.time(quantity.value().getAsDouble());
        }
        double first = quantity.value().getAsDouble();
        Interval interval = quantity.interval();
        boolean unhedged = interval.hasMax() && interval.min() == first;
        return unhedged ? Calendar.period(first, interval.max()) : Calendar.day(first);
    }

    private static String calendar(Dimension dimension, double value) {
        return dimension == Dimension.TIME ? Calendar.time(value) : Calendar.day(value);
    }

    /** Whole numbers are written without a fraction, so that {@code 23000} reads as a count. */
    private static void number(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumberField(field, value.longValue());
        } else {
            json.writeNumberField(field, value);
        }
    }
}
