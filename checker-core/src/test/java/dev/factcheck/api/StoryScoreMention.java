package dev.factcheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.factcheck.extract.Measure;
import dev.factcheck.extract.Mention;
import dev.factcheck.quantity.Calendar;
import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.Interval;
import dev.factcheck.quantity.Quantity;
import java.util.Optional;

/**
 * A report mention as {@code score.py} sees it in {@code report.json}, taken straight from the result objects the way
 * the JSON report writes them: numbers in the canonical unit, ISO-8601 strings for dates and times, {@code null} for
 * an unbounded side; a quote has neither (score.py places quotes by position only). If the report's writing changes, this must follow; the cross-check against score.py in
 * {@link NewsStoriesTest} fails until it does.
 *
 * @param source the path relative to the folder the check ran in
 * @param min the lower end: a number, an ISO-8601 string, or JSON {@code null} when unbounded
 * @param max the upper end, likewise
 * @param unit the canonical unit or currency, empty for none
 */
record StoryScoreMention(
        String source, int line, int column, String text, JsonNode min, JsonNode max, Optional<String> unit) {

    static StoryScoreMention of(Mention mention) {
        if (!(mention.reading() instanceof Measure measure)) {
            return new StoryScoreMention(
                    mention.source(),
                    mention.position().line(),
                    mention.position().column(),
                    mention.text(),
                    NullNode.getInstance(),
                    NullNode.getInstance(),
                    Optional.empty());
        }
        Quantity quantity = measure.quantity();
        Interval interval = quantity.interval();
        return new StoryScoreMention(
                mention.source(),
                mention.position().line(),
                mention.position().column(),
                mention.text(),
                interval.hasMin() ? end(quantity.dimension(), interval.min()) : NullNode.getInstance(),
                interval.hasMax() ? end(quantity.dimension(), interval.max()) : NullNode.getInstance(),
                quantity.unit());
    }

    /** The file's base name, as score.py compares sources. */
    String baseName() {
        return StoryScoreMention.baseName(source);
    }

    static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Dates are held as days since 1970-01-01, clock times as seconds since midnight. */
    private static JsonNode end(Dimension dimension, double value) {
        if (dimension == Dimension.DATE) {
            return TextNode.valueOf(Calendar.day(value));
        }
        return dimension == Dimension.TIME ? TextNode.valueOf(Calendar.time(value)) : DoubleNode.valueOf(value);
    }
}
