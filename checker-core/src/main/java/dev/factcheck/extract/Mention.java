package dev.factcheck.extract;

import dev.factcheck.quantity.Quantity;
import dev.factcheck.source.Position;
import java.util.Objects;

/**
 * One mention of a claim: where it stands, the words as written ({@code at least 23,000}, a quote's words) and what
 * was read in them.
 *
 * @param source the source's path as shown to users
 * @param position where the mention starts
 * @param text the mention as written, hedge included
 * @param reading the figure read, or the quote
 * @param line the source line that holds the mention, as evidence; empty when it was not kept (a check keeps the
 *     lines of the first {@value #LINES_KEPT} mentions of each claim, those reports show with their line)
 */
public record Mention(String source, Position position, String text, Reading reading, String line) {
    public Mention {
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(position, "position == null");
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(reading, "reading == null");
        Objects.requireNonNull(line, "line == null");
    }

    /**
     * How many mentions of one claim a check keeps with their lines: a corpus may hold millions, and their lines are
     * most of the memory a check's result takes; reports show at most this many lines per claim.
     */
    public static final int LINES_KEPT = 1000;

    /** A mention of a quantity claim. */
    public Mention(String source, Position position, String text, Quantity quantity, String line) {
        this(source, position, text, new Measure(quantity), line);
    }

    /**
     * The figure read, for a mention of a quantity claim.
     *
     * @throws IllegalStateException for a quote, which has no figure
     */
    public Quantity quantity() {
        if (reading instanceof Measure measure) {
            return measure.quantity();
        }
        throw new IllegalStateException("a quote has no quantity: " + location());
    }

    /** This mention without its line, for a result that keeps only the first {@link #LINES_KEPT} lines of a claim. */
    public Mention withoutLine() {
        return line.isEmpty() ? this : new Mention(source, position, text, reading, "");
    }

    /** {@code path:line:column}, as in every message. */
    public String location() {
        return source + ":" + position.line() + ":" + position.column();
    }
}
