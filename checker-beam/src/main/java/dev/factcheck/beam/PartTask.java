package dev.factcheck.beam;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One part of a story split by source: its rule file, the part's place among the story's parts, the sources it
 * extracts (relative to the archive root, with {@code /}) and the story's year, settled over all of its sources.
 */
record PartTask(String rulesFile, int index, List<String> sources, OptionalInt year) {
    PartTask {
        Objects.requireNonNull(rulesFile, "rulesFile == null");
        sources = List.copyOf(sources);
        Objects.requireNonNull(year, "year == null");
    }
}
