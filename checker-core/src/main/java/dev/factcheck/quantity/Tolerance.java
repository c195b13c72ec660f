package dev.factcheck.quantity;

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
