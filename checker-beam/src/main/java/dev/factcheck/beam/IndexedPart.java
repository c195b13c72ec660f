package dev.factcheck.beam;

import dev.factcheck.api.StoryPart;
import java.util.Objects;

/** What one part of a split story found, and its place among the story's parts. */
record IndexedPart(int index, StoryPart part) {
    IndexedPart {
        Objects.requireNonNull(part, "part == null");
    }
}
