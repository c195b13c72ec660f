package dev.factcheck.quantity;

/**
 * The closed set of values a mention allows, {@code [min, max]}; an unbounded side is infinite. A bare figure is a
 * single point.
 */
public record Interval(double min, double max) {
    public Interval {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("bad interval [" + min + ", " + max + "]");
        }
    }

    public static Interval exactly(double value) {
        return new Interval(value, value);
    }

    public static Interval atLeast(double value) {
        return new Interval(value, Double.POSITIVE_INFINITY);
    }

    public boolean hasMin() {
        return !Double.isInfinite(min);
    }

    public boolean hasMax() {
        return !Double.isInfinite(max);
    }

    /** Whether some value lies in both. */
    public boolean intersects(Interval other) {
        return min <= other.max && other.min <= max;
    }

    /** This interval scaled by a factor, as when a unit is converted. */
    public Interval times(double factor) {
        return new Interval(min * factor, max * factor);
    }

    /** This interval widened by {@code below} under its minimum and {@code above} over its maximum. */
    public Interval widen(double below, double above) {
        return new Interval(min - below, max + above);
    }
}
