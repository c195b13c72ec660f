package dev.factcheck.quantity;

import java.util.List;

/**
 * Reads every quantity in a piece of English prose: numbers in digits or words, hedges, units of time. Stateless and
 * thread-safe.
 */
public final class QuantityReader {
    private QuantityReader() {}

    /** The reader for English news prose. */
    public static QuantityReader english() {
        return new QuantityReader();
    }

    /** Every quantity in {@code text}, in order, with spans relative to {@code text}. */
    public List<Quantity> read(CharSequence text) {
        throw new UnsupportedOperationException("being written");
    }
}
