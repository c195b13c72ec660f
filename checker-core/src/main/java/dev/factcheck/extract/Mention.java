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
 * @param line the source line that holds the mention, as evidence
 */
public record Mention(String source, Position position, String text, Reading reading, String line) {
    public Mention {
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(position, "position == null");
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(reading, "reading == null");
        Objects.requireNonNull(line, "line == null");
    }

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

    /** {@code path:line:column}, as in every message. */
    public String location() {
        return source + ":" + position.line() + ":" + position.column();
    }
}
