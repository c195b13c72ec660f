package dev.factcheck.quantity;

/**
 * A figure or a range before hedges: what it measures, its low and high ends in the canonical unit (equal for a single
 * figure), and the tokens {@code [from, to)} it takes. Internal.
 */
record Bounds(Dimension dimension, double low, double high, int from, int to) {
    static Bounds of(Figure figure) {
        return new Bounds(figure.dimension(), figure.value(), figure.value(), figure.from(), figure.to());
    }

    boolean isRange() {
        return low != high;
    }
}
