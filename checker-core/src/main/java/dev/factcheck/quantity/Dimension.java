package dev.factcheck.quantity;

import java.util.Optional;

/** What a quantity measures, with its canonical unit. */
public enum Dimension {
    /** A plain count or figure: no unit. */
    NUMBER(null),
    /** A length of time, in seconds. */
    DURATION("s"),
    /** A distance or length, in metres. */
    DISTANCE("m"),
    /** A person's or thing's age, in years. */
    AGE("year"),
    /** A percentage, as the number before the per-cent sign. */
    PERCENTAGE("%"),
    /** An amount of money; its currency is not read yet. */
    MONEY(null),
    /** A rank: {@code 40th}. */
    ORDINAL(null),
    /** A day of a month: {@code June 23}. */
    DATE(null),
    /** A calendar year: {@code 2012}. */
    YEAR(null);

    private final String unit;

    Dimension(String unit) {
        this.unit = unit;
    }

    /** The canonical unit ({@code s} for durations), empty for plain numbers. */
    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }
}
