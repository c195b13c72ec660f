package dev.factcheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code score.py}'s unit tables and value check: whether a report mention's interval meets a listed mention's once
 * both are in one unit, with 2 % slack on numbers and none on dates and times.
 */
final class StoryScoreValues {
    /** score.py's {@code True}, {@code False} and {@code None} for a value check. */
    enum Fit {
        YES,
        NO,
        UNKNOWN
    }

    /** How a truth claim's values read: score.py's {@code scale()}. */
    sealed interface Scale permits Quote, Dated, Measured {}

    /** A quote: its mentions are found by position only. */
    record Quote() implements Scale {}

    record Dated(StoryScoreDates.Form form) implements Scale {}

    /** A dimension ({@code number}, {@code length}, {@code time}, {@code %} or a currency) and the factor into it. */
    record Measured(String dimension, double factor) implements Scale {}

    /** An interval; {@code null} for an unbounded side, as score.py's {@code None}. */
    private record Ends(Double lo, Double hi) {}

    private static final double YEAR = 365.2425 * 86400;
    private static final double SLACK = 0.02;
    private static final Measured NUMBER = new Measured("number", 1);
    private static final List<String> CURRENCIES = List.of("GBP", "EUR", "JPY", "CAD", "CNY");
    private static final Map<String, Measured> TRUTH_UNITS = truthUnits();
    private static final Map<String, Measured> REPORT_UNITS = reportUnits();

    private StoryScoreValues() {}

    /** The scale of a truth claim, empty for a unit missing from the tables (its mentions go by position only). */
    static Optional<Scale> scale(NewsStoryTruth.Claim claim) {
        return switch (claim.kind()) {
            case "quote" -> Optional.of(new Quote());
            case "count" -> Optional.of(NUMBER);
            case "date" -> StoryScoreDates.form(claim.unit()).map(Dated::new);
            default -> Optional.ofNullable(TRUTH_UNITS.get(claim.unit()));
        };
    }

    /** score.py's {@code value_fits}, with a quote always fitting, as its {@code status()} has it. */
    static Fit fit(NewsStoryTruth.Listed truth, Optional<Scale> scale, StoryScoreMention mention) {
        if (scale.isEmpty()) {
            return Fit.UNKNOWN;
        }
        if (scale.get() instanceof Quote) {
            return Fit.YES;
        }
        if (isAbsent(mention.min()) && isAbsent(mention.max())) {
            return Fit.NO; // nothing was read: an interval unbounded on both sides would fit every value
        }
        if (scale.get() instanceof Dated dated) {
            return meet(
                    ends(truth.min(), truth.max(), v -> StoryScoreDates.truthPeriod(v, dated.form())),
                    ends(mention.min(), mention.max(), v -> StoryScoreDates.reportPeriod(v, dated.form())),
                    0);
        }
        Measured ours = (Measured) scale.get();
        Measured theirs = mention.unit().isEmpty()
                ? NUMBER
                : REPORT_UNITS.get(mention.unit().get());
        if (theirs == null || !theirs.dimension().equals(ours.dimension())) {
            return Fit.UNKNOWN;
        }
        return meet(
                ends(truth.min(), truth.max(), v -> scaled(v, ours.factor())),
                ends(mention.min(), mention.max(), v -> scaled(v, theirs.factor())),
                SLACK);
    }

    /** score.py's {@code scaled()}: a number as the one-point period {@code (value * factor, value * factor)}. */
    private static Optional<double[]> scaled(JsonNode value, double factor) {
        return value.isNumber()
                ? Optional.of(new double[] {value.asDouble() * factor, value.asDouble() * factor})
                : Optional.empty();
    }

    /**
     * score.py's {@code interval()}: {@code min} takes the first end of its value's period and {@code max} the last;
     * an absent side stays unbounded. Empty when a value cannot be read.
     */
    private static Optional<Ends> ends(JsonNode min, JsonNode max, Function<JsonNode, Optional<double[]>> read) {
        Optional<double[]> lo = isAbsent(min) ? Optional.of(new double[2]) : read.apply(min);
        Optional<double[]> hi = isAbsent(max) ? Optional.of(new double[2]) : read.apply(max);
        if (lo.isEmpty() || hi.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Ends(isAbsent(min) ? null : lo.get()[0], isAbsent(max) ? null : hi.get()[1]));
    }

    private static Fit meet(Optional<Ends> ours, Optional<Ends> theirs, double slack) {
        if (ours.isEmpty() || theirs.isEmpty()) {
            return Fit.UNKNOWN;
        }
        Ends a = ours.get();
        Ends b = theirs.get();
        return isClose(a.lo(), b.hi(), slack) && isClose(b.lo(), a.hi(), slack) ? Fit.YES : Fit.NO;
    }

    /** Whether {@code lo <= hi}, a gap of {@code slack} times the larger of the two forgiven; unbounded sides meet. */
    private static boolean isClose(Double lo, Double hi, double slack) {
        return lo == null || hi == null || lo <= hi + slack * Math.max(Math.abs(lo), Math.abs(hi));
    }

    private static boolean isAbsent(JsonNode value) {
        return value.isNull() || value.isMissingNode();
    }

    private static Map<String, Measured> truthUnits() {
        Map<String, Measured> units = new HashMap<>();
        units.put("km", new Measured("length", 1000));
        units.put("miles", new Measured("length", 1609.344));
        units.put("feet", new Measured("length", 0.3048));
        units.put("seconds", new Measured("time", 1));
        units.put("hours", new Measured("time", 3600));
        units.put("days", new Measured("time", 86400));
        units.put("months", new Measured("time", YEAR / 12));
        units.put("years", new Measured("time", YEAR));
        units.put("USD", new Measured("USD", 1));
        units.put("USD per share", new Measured("USD", 1));
        units.put("%", new Measured("%", 1));
        units.put("magnitude", NUMBER);
        for (String currency : CURRENCIES) {
            units.put(currency, new Measured(currency, 1));
            units.put(currency + " per share", new Measured(currency, 1));
        }
        return Map.copyOf(units);
    }

    /** The report's canonical units; no unit at all is a plain number. Currencies never convert. */
    private static Map<String, Measured> reportUnits() {
        Map<String, Measured> units = new HashMap<>();
        units.put("magnitude", NUMBER);
        units.put("s", new Measured("time", 1));
        units.put("year", new Measured("time", YEAR));
        units.put("m", new Measured("length", 1));
        units.put("USD", new Measured("USD", 1));
        units.put("%", new Measured("%", 1));
        for (String currency : CURRENCIES) {
            units.put(currency, new Measured(currency, 1));
        }
        return Map.copyOf(units);
    }
}
