package dev.factcheck.quantity;

/**
 * How a measure was written, for comparing it with one written in another unit: the size of its written unit in
 * canonical units ({@code 1609.344} for miles) and half the step of its last written digit, in canonical units
 * ({@code 6 miles} is {@code 804.672}). {@link #EXACT} for counts and other unrounded figures.
 */
public record Writing(double unit, double halfStep) {
    public static final Writing EXACT = new Writing(0, 0);

    public Writing {
        if (!(unit >= 0) || !(halfStep >= 0)) {
            throw new IllegalArgumentException("bad writing " + unit + ", " + halfStep);
        }
    }
}
