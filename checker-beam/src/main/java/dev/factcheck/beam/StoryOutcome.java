package dev.factcheck.beam;

import java.util.List;
import java.util.Objects;

/**
 * What checking one story came to, without its report: the story's folder relative to the archive root ({@code "."}
 * for a rule file at the root), its verdict counts, and the problems that stopped the check (none when it ran).
 */
record StoryOutcome(String story, VerdictCounts counts, List<String> problems) {
    StoryOutcome {
        Objects.requireNonNull(story, "story == null");
        Objects.requireNonNull(counts, "counts == null");
        problems = List.copyOf(problems);
    }

    static StoryOutcome checked(String story, VerdictCounts counts) {
        return new StoryOutcome(story, counts, List.of());
    }

    static StoryOutcome failed(String story, List<String> problems) {
        return new StoryOutcome(story, VerdictCounts.NONE, problems);
    }

    boolean isChecked() {
        return problems.isEmpty();
    }
}
