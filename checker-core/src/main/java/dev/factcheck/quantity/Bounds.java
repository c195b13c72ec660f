package dev.factcheck.quantity;

import java.util.Optional;

/**
 * A figure or a range before hedges: what it measures, its low and high ends in the canonical unit (equal for a single
 * figure; a date or time covers its whole period), its unit where the dimension has several (a currency), and the
 * tokens {@code [from, to)} it takes. Internal.
 */
record Bounds(Dimension dimension, double low, double high, Optional<String> unit, int from, int to, boolean range) {
    static Bounds of(Figure figure) {
        return new Bounds(
                figure.dimension(), figure.value(), figure.high(), figure.unit(), figure.from(), figure.to(), false);
    }
}
