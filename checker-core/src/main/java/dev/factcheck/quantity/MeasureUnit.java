package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Units of measure other than time, with their factor into the dimension's canonical unit, so that figures in other
 * units are never read as counts: {@code 277 miles}, {@code 370km}. Internal.
 *
 * @param dimension what the unit measures
 * @param factor how many canonical units one of it is
 * @param words how many words the unit takes ({@code nautical miles} takes two)
 */
record MeasureUnit(Dimension dimension, double factor, int words) {
    private static final double MILE = 1609.344;
    private static final Map<String, Double> LENGTHS = Map.ofEntries(
            Map.entry("m", 1.0),
            Map.entry("metre", 1.0),
            Map.entry("metres", 1.0),
            Map.entry("meter", 1.0),
            Map.entry("meters", 1.0),
            Map.entry("km", 1000.0),
            Map.entry("kms", 1000.0),
            Map.entry("kilometre", 1000.0),
            Map.entry("kilometres", 1000.0),
            Map.entry("kilometer", 1000.0),
            Map.entry("kilometers", 1000.0),
            Map.entry("cm", 0.01),
            Map.entry("centimetres", 0.01),
            Map.entry("centimeters", 0.01),
            Map.entry("mm", 0.001),
            Map.entry("millimetres", 0.001),
            Map.entry("millimeters", 0.001),
            Map.entry("mile", MILE),
            Map.entry("miles", MILE),
            Map.entry("mi", MILE),
            Map.entry("ft", 0.3048),
            Map.entry("foot", 0.3048),
            Map.entry("feet", 0.3048),
            Map.entry("yard", 0.9144),
            Map.entry("yards", 0.9144),
            Map.entry("inch", 0.0254),
            Map.entry("inches", 0.0254));

    /** The unit at token {@code i}: {@code nautical miles} first, then a single word. */
    static Optional<MeasureUnit> at(List<Token> tokens, int i, int end) {
        String word = tokens.get(i).lower();
        if (word.equals("nautical") && i + 1 < end && tokens.get(i + 1).lower().startsWith("mile")) {
            return Optional.of(new MeasureUnit(Dimension.DISTANCE, 1852, 2));
        }
        return Optional.ofNullable(LENGTHS.get(word)).map(f -> new MeasureUnit(Dimension.DISTANCE, f, 1));
    }
}
