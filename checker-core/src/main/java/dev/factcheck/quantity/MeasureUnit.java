package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Units of measure other than time and money, with the factor and offset into the dimension's canonical unit
 * ({@code °F} is {@code (F - 32) × 5/9} °C), so that figures in other units are never read as counts. Phrases of several
 * tokens ({@code square kilometres}, {@code km/h}, {@code °C}) are tried first. Internal.
 *
 * @param dimension what the unit measures
 * @param factor how many canonical units one of it is
 * @param offset what to add after the factor, for temperatures
 * @param words how many tokens the unit takes
 */
record MeasureUnit(Dimension dimension, double factor, double offset, int words) {
    private record Entry(List<String> tokens, Dimension dimension, double factor, double offset) {}

    private static final double MILE = 1609.344;
    private static final double KMH = 1000.0 / 3600;
    private static final double GALLON = 3.785411784;
    private static final double CUBIC_FOOT = 28.316846592;
    private static final double OUNCE = 0.028349523125;

    /**
     * Units of one letter that are words or labels when written apart or in capitals ({@code 5G} is a network, {@code
     * a t}): only glued to the digits and in lower case do they measure ({@code 200g}, {@code 5t}, {@code 2l}).
     */
    private static final Set<String> GLUED_ONLY = Set.of("g", "t", "l");

    private static final List<Entry> TABLE = List.of(
            entry("nautical miles", Dimension.DISTANCE, 1852),
            entry("nautical mile", Dimension.DISTANCE, 1852),
            entry("square kilometres", Dimension.AREA, 1e6),
            entry("square kilometers", Dimension.AREA, 1e6),
            entry("square km", Dimension.AREA, 1e6),
            entry("sq km", Dimension.AREA, 1e6),
            entry("square miles", Dimension.AREA, MILE * MILE),
            entry("sq miles", Dimension.AREA, MILE * MILE),
            entry("square metres", Dimension.AREA, 1),
            entry("square meters", Dimension.AREA, 1),
            entry("square feet", Dimension.AREA, 0.09290304),
            entry("sq ft", Dimension.AREA, 0.09290304),
            entry("cubic metres", Dimension.VOLUME, 1000),
            entry("cubic meters", Dimension.VOLUME, 1000),
            entry("cubic metre", Dimension.VOLUME, 1000),
            entry("cubic meter", Dimension.VOLUME, 1000),
            entry("cubic feet", Dimension.VOLUME, CUBIC_FOOT),
            entry("cubic foot", Dimension.VOLUME, CUBIC_FOOT),
            entry("cu ft", Dimension.VOLUME, CUBIC_FOOT),
            entry("m3", Dimension.VOLUME, 1000),
            entry("km / h", Dimension.SPEED, KMH),
            entry("km / hr", Dimension.SPEED, KMH),
            entry("kilometres per hour", Dimension.SPEED, KMH),
            entry("kilometers per hour", Dimension.SPEED, KMH),
            entry("miles per hour", Dimension.SPEED, MILE / 3600),
            entry("m / s", Dimension.SPEED, 1),
            entry("metres per second", Dimension.SPEED, 1),
            entry("° c", Dimension.TEMPERATURE, 1),
            entry("degrees celsius", Dimension.TEMPERATURE, 1),
            entry("degrees centigrade", Dimension.TEMPERATURE, 1),
            new Entry(List.of("°", "f"), Dimension.TEMPERATURE, 5.0 / 9, -32 * 5.0 / 9),
            new Entry(List.of("degrees", "fahrenheit"), Dimension.TEMPERATURE, 5.0 / 9, -32 * 5.0 / 9),
            entry("km2", Dimension.AREA, 1e6),
            entry("hectares", Dimension.AREA, 1e4),
            entry("hectare", Dimension.AREA, 1e4),
            entry("acres", Dimension.AREA, 4046.8564224),
            entry("acre", Dimension.AREA, 4046.8564224),
            entry("kph", Dimension.SPEED, KMH),
            entry("mph", Dimension.SPEED, MILE / 3600),
            entry("knots", Dimension.SPEED, 1852.0 / 3600),
            entry("litres", Dimension.VOLUME, 1),
            entry("liters", Dimension.VOLUME, 1),
            entry("litre", Dimension.VOLUME, 1),
            entry("liter", Dimension.VOLUME, 1),
            entry("ml", Dimension.VOLUME, 0.001),
            entry("gallons", Dimension.VOLUME, GALLON),
            entry("gallon", Dimension.VOLUME, GALLON),
            entry("gal", Dimension.VOLUME, GALLON),
            entry("l", Dimension.VOLUME, 1),
            entry("millilitres", Dimension.VOLUME, 0.001),
            entry("milliliters", Dimension.VOLUME, 0.001),
            entry("barrel", Dimension.VOLUME, 158.987294928),
            entry("barrels", Dimension.VOLUME, 158.987294928),
            entry("kg", Dimension.MASS, 1),
            entry("kgs", Dimension.MASS, 1),
            entry("kilograms", Dimension.MASS, 1),
            entry("kilogrammes", Dimension.MASS, 1),
            entry("kilogram", Dimension.MASS, 1),
            entry("grams", Dimension.MASS, 0.001),
            entry("gram", Dimension.MASS, 0.001),
            entry("grammes", Dimension.MASS, 0.001),
            entry("g", Dimension.MASS, 0.001),
            entry("mg", Dimension.MASS, 1e-6),
            entry("milligrams", Dimension.MASS, 1e-6),
            entry("milligram", Dimension.MASS, 1e-6),
            entry("micrograms", Dimension.MASS, 1e-9),
            entry("oz", Dimension.MASS, OUNCE),
            entry("ounces", Dimension.MASS, OUNCE),
            entry("ounce", Dimension.MASS, OUNCE),
            entry("t", Dimension.MASS, 1000),
            entry("metric tons", Dimension.MASS, 1000),
            entry("ton", Dimension.MASS, 907.18474),
            entry("tonnes", Dimension.MASS, 1000),
            entry("tonne", Dimension.MASS, 1000),
            entry("tons", Dimension.MASS, 907.18474),
            entry("lbs", Dimension.MASS, 0.45359237),
            entry("lb", Dimension.MASS, 0.45359237),
            entry("km", Dimension.DISTANCE, 1000),
            entry("kms", Dimension.DISTANCE, 1000),
            entry("kilometres", Dimension.DISTANCE, 1000),
            entry("kilometers", Dimension.DISTANCE, 1000),
            entry("kilometre", Dimension.DISTANCE, 1000),
            entry("kilometer", Dimension.DISTANCE, 1000),
            entry("m", Dimension.DISTANCE, 1),
            entry("metres", Dimension.DISTANCE, 1),
            entry("meters", Dimension.DISTANCE, 1),
            entry("metre", Dimension.DISTANCE, 1),
            entry("meter", Dimension.DISTANCE, 1),
            entry("cm", Dimension.DISTANCE, 0.01),
            entry("centimetres", Dimension.DISTANCE, 0.01),
            entry("centimeters", Dimension.DISTANCE, 0.01),
            entry("mm", Dimension.DISTANCE, 0.001),
            entry("miles", Dimension.DISTANCE, MILE),
            entry("mile", Dimension.DISTANCE, MILE),
            entry("mi", Dimension.DISTANCE, MILE),
            entry("ft", Dimension.DISTANCE, 0.3048),
            entry("feet", Dimension.DISTANCE, 0.3048),
            entry("foot", Dimension.DISTANCE, 0.3048),
            entry("yards", Dimension.DISTANCE, 0.9144),
            entry("yard", Dimension.DISTANCE, 0.9144),
            entry("inches", Dimension.DISTANCE, 0.0254),
            entry("inch", Dimension.DISTANCE, 0.0254));

    /** The table by first word, each list in table order (longer phrases first), for one look-up per figure. */
    private static final Map<String, List<Entry>> BY_FIRST_WORD =
            TABLE.stream().collect(Collectors.groupingBy(e -> e.tokens().get(0)));

    /** The unit that starts at token {@code i}, the longest phrase first. */
    static Optional<MeasureUnit> at(List<Token> tokens, int i, int end) {
        for (Entry e : BY_FIRST_WORD.getOrDefault(tokens.get(i).lower(), List.of())) {
            if (matches(e.tokens(), tokens, i, end) && isWrittenAsUnit(e, tokens.get(i))) {
                return Optional.of(new MeasureUnit(
                        e.dimension(), e.factor(), e.offset(), e.tokens().size()));
            }
        }
        return Optional.empty();
    }

    private static boolean isWrittenAsUnit(Entry e, Token first) {
        String word = e.tokens().get(0);
        return !GLUED_ONLY.contains(word) || (first.isGlued() && first.text().equals(word));
    }

    /** The value in the canonical unit of {@code amount} of this unit. */
    double toCanonical(double amount) {
        return amount * factor + offset;
    }

    private static boolean matches(List<String> words, List<Token> tokens, int i, int end) {
        if (i + words.size() > end) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(i + k).lower().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static Entry entry(String phrase, Dimension dimension, double factor) {
        return new Entry(List.of(phrase.split(" ")), dimension, factor, 0);
    }
}
