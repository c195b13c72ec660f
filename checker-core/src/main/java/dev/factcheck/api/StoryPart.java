package dev.factcheck.api;

import dev.factcheck.extract.Mention;
import dev.factcheck.source.Problem;
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
        mentions = java.util.Collections.unmodifiableMap(copy);
        problems = List.copyOf(problems);
    }
}
