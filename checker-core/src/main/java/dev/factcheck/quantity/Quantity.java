package dev.factcheck.quantity;

import dev.factcheck.source.Span;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A figure read from prose: what it measures, the value as written in the canonical unit, the interval its hedge
 * allows ({@code at least 23,000} is {@code [23000, ∞)}) and where it stands in the text read.
 *
 * @param dimension what the figure measures
 * @param value the figure as written, in the canonical unit ({@code close to an hour} is 3600); empty for a range
 * @param interval the values the mention allows, after its hedge
 * @param unit the canonical unit ({@code s}, {@code m}), the currency of money ({@code USD}) or a number's own scale
 *     ({@code magnitude}); empty for counts, dates and times
 * @param writing the written unit and rounding, to compare with figures written in other units
 * @param span where the whole expression, hedge included, stands in the text read
 * @param figure where the figure itself (number and unit, without the hedge) stands
 */
public record Quantity(
        Dimension dimension,
        OptionalDouble value,
        Interval interval,
        Optional<String> unit,
        Writing writing,
        Span span,
        Span figure) {
    public Quantity {
        Objects.requireNonNull(dimension, "dimension == null");
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(interval, "interval == null");
        Objects.requireNonNull(unit, "unit == null");
        Objects.requireNonNull(writing, "writing == null");
        Objects.requireNonNull(span, "span == null");
        Objects.requireNonNull(figure, "figure == null");
    }
}
