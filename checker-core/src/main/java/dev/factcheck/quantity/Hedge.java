package dev.factcheck.quantity;

/**
 * A word or phrase that turns a figure into a range, with the documented default margins: {@code nearly},
 * {@code almost} and {@code close to} N allow down to 10 % below N; {@code about}, {@code around}, {@code some} and
 * {@code roughly} N allow 10 % either side. A claim's tolerance widens these further.
 */
public enum Hedge {
    /** A bare figure: exactly N. */
    EXACT,
    /** {@code at least}, {@code no fewer than}: N or more. */
    AT_LEAST,
    /** {@code more than}, {@code over}: above N; for whole counts, N + 1 or more. */
    MORE_THAN,
    /** {@code up to}, {@code at most}, {@code as many as}: N or less. */
    AT_MOST,
    /** {@code less than}, {@code under}: below N; for whole counts, N - 1 or less. */
    LESS_THAN,
    /** {@code nearly}, {@code almost}, {@code close to}: just below N, up to N. */
    NEARLY,
    /** {@code about}, {@code around}, {@code some}: N give or take a margin. */
    ABOUT;

    /** How far below N {@link #NEARLY} reaches, as a fraction of N. */
    public static final double NEARLY_MARGIN = 0.10;

    /** How far either side of N {@link #ABOUT} reaches, as a fraction of N. */
    public static final double ABOUT_MARGIN = 0.10;

    /** The interval a figure allows under this hedge; {@code whole} says the figure counts whole things. */
    public Interval apply(double value, Counting counting) {
        double step = counting == Counting.WHOLE && value == Math.rint(value) ? 1 : 0;
        double magnitude = Math.abs(value);
        return switch (this) {
            case EXACT -> Interval.exactly(value);
            case AT_LEAST -> Interval.atLeast(value);
            case MORE_THAN -> Interval.atLeast(value + step);
            case AT_MOST -> new Interval(Math.min(0, value), value);
            case LESS_THAN -> new Interval(Math.min(0, value - step), value - step);
            case NEARLY -> new Interval(value - magnitude * NEARLY_MARGIN, value);
            case ABOUT -> new Interval(value - magnitude * ABOUT_MARGIN, value + magnitude * ABOUT_MARGIN);
        };
    }

    /** Whether a figure counts whole things (people, homes) or measures something continuous (time). */
    public enum Counting {
        WHOLE,
        CONTINUOUS
    }
}
