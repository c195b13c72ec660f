package dev.factcheck.quantity;

import java.util.Optional;

/**
 * What a quantity measures, with its canonical unit and the kind name that {@code extract} reports. Dates are held as
 * days since 1970-01-01 and clock times as seconds since midnight; reports write both as ISO-8601 strings.
 */
public enum Dimension {
    /** A plain count or figure; a scale of its own ({@code magnitude}) is the quantity's unit. */
    NUMBER("number", null),
    /** A length of time, in seconds. */
    DURATION("duration", "s"),
    /** A distance or length, in metres. */
    DISTANCE("distance", "m"),
    /** A mass, in kilograms. */
    MASS("mass", "kg"),
    /** An area, in square metres. */
    AREA("area", "m2"),
    /** A volume, in litres. */
    VOLUME("volume", "l"),
    /** A speed, in metres per second. */
    SPEED("speed", "m/s"),
    /** A temperature, in degrees Celsius. */
    TEMPERATURE("temperature", "°C"),
    /** An amount of money; the quantity's unit is its ISO 4217 currency ({@code USD} for a bare {@code $}). */
    MONEY("money", null),
    /** A percentage, as the number before the per-cent sign. */
    PERCENTAGE("percentage", "%"),
    /** A person's or thing's age, in years. */
    AGE("age", "year"),
    /** A calendar day, month or year, as the days it covers. */
    DATE("date", null),
    /** A clock time, as the seconds since midnight it covers. */
    TIME("time", null),
    /** A rank: {@code 40th}, {@code fortieth}. */
    ORDINAL("ordinal", null),
    /** A relative amount: {@code twice as long}, {@code tripled}. */
    RATIO("ratio", null);

    private final String kind;
    private final String unit;

    Dimension(String kind, String unit) {
        this.kind = kind;
        this.unit = unit;
    }

    /** The name of this kind of quantity in rule files and reports: {@code duration}, {@code money}. */
    public String kind() {
        return kind;
    }

    /** The canonical unit ({@code s} for durations), empty where it depends on the quantity or there is none. */
    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }

    /** Whether values are points in time (dates, clock times) rather than amounts. */
    public boolean isCalendar() {
        return this == DATE || this == TIME;
    }

    /** The kind of quantity a rule file's kind name stands for, if any. */
    public static Optional<Dimension> ofKind(String kind) {
        for (Dimension d : values()) {
            if (d.kind.equals(kind)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
