package dev.factcheck.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a story is planned into parts, and its parts combined. */
class StoryPartsTest {
    private static final String STORY = "s/000/s000000/rules.yaml";

    @TempDir
    Path temp;

    @Test
    void plansAPartPerRunOfSourcesWithinTheBoundInSourceOrder() {
        StoryCheck check = new StoryCheck(GeneratedArchive.write(temp, 1));

        List<PartTask> parts = new StoryParts(check, 1).plan(STORY, check.load(STORY));

        assertThat(parts)
                .extracting(PartTask::index, PartTask::sources)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, List.of("s/000/s000000/sources/a.txt")),
                        org.assertj.core.groups.Tuple.tuple(1, List.of("s/000/s000000/sources/b.txt")),
                        org.assertj.core.groups.Tuple.tuple(2, List.of("s/000/s000000/sources/c.txt")));
    }

    @Test
    void checksAStoryWithinTheBoundWhole() {
        StoryCheck check = new StoryCheck(GeneratedArchive.write(temp, 1));

        assertThat(new StoryParts(check, 1_000).plan(STORY, check.load(STORY))).isEmpty();
    }

    @Test
    void combinesPartsGivenInAnyOrderIntoTheWholeChecksReport() {
        StoryCheck check = new StoryCheck(GeneratedArchive.write(temp, 1));
        List<IndexedPart> parts = new StoryParts(check, 1)
                .plan(STORY, check.load(STORY)).stream()
                        .map(task -> StoryParts.extract(check, task))
                        .toList();

        StoryReport combined = StoryParts.combine(check, STORY, List.of(parts.get(2), parts.get(0), parts.get(1)));

        assertThat(combined).isEqualTo(check.check(STORY));
    }
}
