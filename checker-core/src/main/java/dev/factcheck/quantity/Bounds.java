package dev.factcheck.quantity;

import java.util.Optional;
import java.util.Set;

/**
 * A figure or a range before hedges: what it measures, its low and high ends in the canonical unit (equal for a single
 * figure; a date or time covers its whole period), its unit where the dimension has several (a currency), and the
 * tokens {@code [from, to)} it takes, and the size of its written unit in canonical units where it is a measure
 * ({@code 0} otherwise). Internal.
 */
record Bounds(
        Dimension dimension,
        double low,
        double high,
        Optional<String> unit,
        int from,
        int to,
        boolean range,
        double unitSize) {
    private static final Set<Dimension> MEASURED = Set.of(
            Dimension.DURATION,
            Dimension.DISTANCE,
            Dimension.MASS,
            Dimension.AREA,
            Dimension.VOLUME,
            Dimension.SPEED,
            Dimension.TEMPERATURE);

    /** A bound with no written unit to round to: a count, a date, a ratio. */
    Bounds(Dimension dimension, double low, double high, Optional<String> unit, int from, int to, boolean range) {
        this(dimension, low, high, unit, from, to, range, 0);
    }

    static Bounds of(Figure figure) {
        double unitSize = MEASURED.contains(figure.dimension()) ? figure.factor() : 0;
        return new Bounds(
                figure.dimension(),
                figure.value(),
                figure.high(),
                figure.unit(),
                figure.from(),
                figure.to(),
                false,
                unitSize);
    }
}
