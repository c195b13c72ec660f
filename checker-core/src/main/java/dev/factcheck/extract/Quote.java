package dev.factcheck.extract;

import dev.factcheck.source.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quoted passage of a source: its parts between quote marks (several when the attribution splits it, or when it runs
 * across paragraphs), the words as written, and who it is attributed to, as the source names them.
 *
 * @param parts the text inside each pair of quote marks, in order
 * @param words the parts' text joined with a space
 * @param speaker the name the attribution gives ({@code Harper}, {@code Prime Minister Stephen Harper}), a pronoun
 *     resolved to the last speaker named before it; empty when no attribution was found
 * @param description how the attribution describes a speaker it does not name ({@code the former producer}, {@code a
 *     spokesman for the fire agency}); empty when it names one, or gives neither
 */
public record Quote(List<Span> parts, String words, Optional<String> speaker, Optional<String> description) {
    public Quote {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a quote needs a part");
        }
        Objects.requireNonNull(words, "words == null");
        Objects.requireNonNull(speaker, "speaker == null");
        Objects.requireNonNull(description, "description == null");
    }

    /** From the first part's start to the last part's end. */
    public Span span() {
        return parts.get(0).union(parts.get(parts.size() - 1));
    }
}
