package dev.factcheck.api;

import dev.factcheck.extract.Mention;
import dev.factcheck.source.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link StorySplit#extract} found in a run of a story's sources: each claim's mentions, by claim id in claim
 * order, in source order (a claim with none maps to an empty list), and the problems of the sources that could not be
 * read, in source order.
 *
 * @param mentions each claim's mentions, by claim id
 * @param problems why some sources could not be read; empty when all were
 */
public record StoryPart(Map<String, List<Mention>> mentions, List<Problem> problems) {
    /** Copies the lists and keeps the claims' order. */
    public StoryPart {
        Map<String, List<Mention>> copy = new LinkedHashMap<>();
        mentions.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        mentions = Collections.unmodifiableMap(copy);
        problems = List.copyOf(problems);
    }

    /**
     * This part as bytes, to carry it to the machine that combines a story's parts: every field of every mention, so
     * that {@link #fromBytes} gives an equal part.
     */
    public byte[] toBytes() {
        return StoryPartCodec.encode(this);
    }

    /**
     * The part that {@link #toBytes} wrote.
     *
     * @throws IllegalArgumentException when {@code bytes} are not a part's
     */
    public static StoryPart fromBytes(byte[] bytes) {
        return StoryPartCodec.decode(bytes);
    }
}
