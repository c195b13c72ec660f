package dev.factcheck.extract;

import dev.factcheck.quantity.Quantity;
import dev.factcheck.source.Position;
import java.util.Objects;

/**
 * One mention of a claim: where it stands, the words as written ({@code at least 23,000}) and the figure read.
 *
 * @param source the source's path as shown to users
 * @param position where the mention starts
 * @param text the mention as written, hedge included
 * @param quantity the figure read
 * @param line the source line that holds the mention, as evidence
 */
public record Mention(String source, Position position, String text, Quantity quantity, String line) {
    public Mention {
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(position, "position == null");
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(quantity, "quantity == null");
        Objects.requireNonNull(line, "line == null");
    }

    /** {@code path:line:column}, as in every message. */
    public String location() {
        return source + ":" + position.line() + ":" + position.column();
    }
}
