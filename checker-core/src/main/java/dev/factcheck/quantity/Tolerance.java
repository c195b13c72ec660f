package dev.factcheck.quantity;

import java.util.Optional;

/**
 * How far apart two mentions of a claim may be and still agree: a fraction of the figure ({@code 5%}) or an amount
 * in the claim's canonical unit ({@code 5 minutes} = 300).
 */
public record Tolerance(Mode mode, double amount) {
    /** Relative to the figure, or absolute in the canonical unit. */
    public enum Mode {
        RELATIVE,
        ABSOLUTE
    }

    public static final Tolerance NONE = new Tolerance(Mode.ABSOLUTE, 0);

    public Tolerance {
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("tolerance must be a finite amount >= 0, was " + amount);
        }
    }

    public static Tolerance relative(double fraction) {
        return new Tolerance(Mode.RELATIVE, fraction);
    }

    public static Tolerance absolute(double amount) {
        return new Tolerance(Mode.ABSOLUTE, amount);
    }

    /**
     * The tolerance that an amount written with its unit ({@code 10 minutes}) gives a claim measuring {@code claimed}:
     * an amount of the claim's own dimension, or a length of time for a claim about time. A clock time's tolerance is
     * a duration, held in seconds as clock times are; a date's is one in days and an age's one in years, the units those
     * are held in. Empty for an amount of any other dimension.
     */
    public static Optional<Tolerance> of(Quantity amount, Dimension claimed) {
        if (amount.value().isEmpty()) {
            return Optional.empty();
        }
        double value = amount.value().getAsDouble();
        if (amount.dimension() == claimed) {
            return Optional.of(absolute(value));
        }
        if (amount.dimension() != Dimension.DURATION) {
            return Optional.empty();
        }
        return switch (claimed) {
            case TIME -> Optional.of(absolute(value));
            case DATE -> Optional.of(absolute(value / TimeUnit.DAY.seconds()));
            case AGE -> Optional.of(absolute(value / TimeUnit.YEAR_SECONDS));
            default -> Optional.empty();
        };
    }

    /**
     * The interval widened by half the tolerance on each side, so that two exact figures agree when they differ by no
     * more than the tolerance.
     */
    public Interval widen(Interval interval) {
        if (mode == Mode.ABSOLUTE) {
            return interval.widen(amount / 2, amount / 2);
        }
        double below = interval.hasMin() ? Math.abs(interval.min()) * amount / 2 : 0;
        double above = interval.hasMax() ? Math.abs(interval.max()) * amount / 2 : 0;
        return interval.widen(below, above);
    }
}
