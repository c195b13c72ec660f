package dev.factcheck.quantity;

import java.util.Optional;

/** What a quantity measures, with its canonical unit. */
public enum Dimension {
    /** A plain count or figure: no unit. */
    NUMBER(null),
    /** A length of time, in seconds. */
    DURATION("s");

    private final String unit;

    Dimension(String unit) {
        this.unit = unit;
    }

    /** The canonical unit ({@code s} for durations), empty for plain numbers. */
    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }
}
