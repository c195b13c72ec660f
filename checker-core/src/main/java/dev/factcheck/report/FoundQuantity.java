package dev.factcheck.report;

import dev.factcheck.quantity.Quantity;
import dev.factcheck.source.Position;
import dev.factcheck.source.SourceText;
import java.util.Objects;

/**
 * A quantity found in a source, whatever claim it may belong to: where it stands, the words as written and the figure
 * read. What {@code factcheck:extract} lists, one a line, and writes to {@code mentions.json}.
 *
 * @param source the source's path as shown to users
 * @param position where the quantity starts, hedge included
 * @param text the quantity as written, hedge included ({@code close to an hour})
 * @param quantity the figure read
 */
public record FoundQuantity(String source, Position position, String text, Quantity quantity) {
    public FoundQuantity {
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(position, "position == null");
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(quantity, "quantity == null");
    }

    /** A quantity read from {@code source}'s text, its span relative to that text, placed in the source. */
    public static FoundQuantity of(SourceText source, Quantity quantity) {
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(quantity, "quantity == null");
        return new FoundQuantity(
                source.path(), source.position(quantity.span().start()), source.slice(quantity.span()), quantity);
    }

    /** {@code path:line:column}, as in every message. */
    public String location() {
        return source + ":" + position.line() + ":" + position.column();
    }
}
