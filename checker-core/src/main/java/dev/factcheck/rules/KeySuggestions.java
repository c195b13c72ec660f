package dev.factcheck.rules;

import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the allowed word closest to a misspelt one: {@code neer} is {@code near}. */
final class KeySuggestions {
    private static final int MAX_DISTANCE = 2;

    private KeySuggestions() {}

    /** {@code (did you mean 'near'?)} when an allowed word is close, else {@code (expected one of: ...)}. */
    static String hint(String found, List<String> allowed) {
        return closest(found, allowed)
                .map(word -> "(did you mean '" + word + "'?)")
                .orElseGet(() -> "(expected one of: " + String.join(", ", allowed) + ")");
    }

    /**
     * The allowed word at the smallest edit distance, at most two edits away and fewer edits than {@code found} has
     * characters (so that {@code x} does not suggest {@code id}); the first in order on a tie.
     */
    static Optional<String> closest(String found, List<String> allowed) {
        LevenshteinDistance distance = new LevenshteinDistance(MAX_DISTANCE);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String word : allowed) {
            int d = distance.apply(found, word);
            if (d >= 0 && d < bestDistance && d < found.length()) {
                best = word;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
