package dev.factcheck.quantity;

/**
 * A word or phrase that turns a figure into a range, with the documented default margins: {@code nearly},
 * {@code almost} and {@code close to} N allow down to 10 % below N; {@code about}, {@code around}, {@code some} and
 * {@code roughly} N allow 10 % either side; {@code just after} and {@code shortly after} N allow up to 10 % above
 * N. For clock times the margin is 10 minutes and for dates 3 days, since a
 * percentage of a date means nothing. A claim's tolerance widens these further.
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
    ABOUT,
    /**
     * {@code shortly after}, {@code just after}: from N to a margin after it, the mirror of {@link #NEARLY} (which
     * {@code just before} and {@code shortly before} also take).
     */
    JUST_AFTER;

    /** How far below N {@link #NEARLY} reaches, as a fraction of N. */
    public static final double NEARLY_MARGIN = 0.10;

    /** How far either side of N {@link #ABOUT} reaches, as a fraction of N. */
    public static final double ABOUT_MARGIN = 0.10;

    /** The margin of a hedged clock time, in seconds. */
    public static final double TIME_MARGIN = 600;

    /** The margin of a hedged date, in days. */
    public static final double DATE_MARGIN = 3;

    /** The interval that {@code [low, high]} (one figure, or a range's ends) allows under this hedge. */
    public Interval apply(double low, double high, Dimension dimension) {
        double step = dimension == Dimension.NUMBER && high == Math.rint(high) ? 1 : 0;
        double floor = dimension.isCalendar() ? Double.NEGATIVE_INFINITY : Math.min(0, low);
        return switch (this) {
            case EXACT -> new Interval(low, high);
            case AT_LEAST -> Interval.atLeast(low);
            case MORE_THAN -> Interval.atLeast(low + step);
            case AT_MOST -> new Interval(floor, high);
            case LESS_THAN -> new Interval(Math.min(floor, high - step), high - step);
            case NEARLY ->
                Double.isInfinite(high)
                        ? new Interval(low - margin(low, NEARLY_MARGIN, dimension), high)
                        : new Interval(high - margin(high, NEARLY_MARGIN, dimension), high);
            case JUST_AFTER -> new Interval(low, high + margin(high, NEARLY_MARGIN, dimension));
            case ABOUT ->
                new Interval(low - margin(low, ABOUT_MARGIN, dimension), high + margin(high, ABOUT_MARGIN, dimension));
        };
    }

    private static double margin(double value, double fraction, Dimension dimension) {
        return switch (dimension) {
            case TIME -> TIME_MARGIN;
            case DATE -> DATE_MARGIN;
            default -> Math.abs(value) * fraction;
        };
    }
}
