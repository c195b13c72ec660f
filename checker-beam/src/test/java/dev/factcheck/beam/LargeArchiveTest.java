package dev.factcheck.beam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.api.FactCheck;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive of 10,000 generated stories on Flink's embedded cluster, the faster of the two runners here. */
class LargeArchiveTest {
    private static final int STORIES = 10_000;

    @TempDir
    static Path temp;

    static Path archive;

    @BeforeAll
    static void generate() {
        // toll: stories 1 mod 4 diverge, 2 mod 4 leave it to one source; search: stories 0 mod 5 never mention it
        archive = GeneratedArchive.write(temp.resolve("archive"), STORIES);
    }

    @Test
    void summarisesTenThousandStoriesAsALoopOverTheCoreCountsThemAndReportsEach() {
        List<StoryOutcome> loop = Archive.rulesFiles(archive, temp.resolve("out")).stream()
                .map(LargeArchiveTest::checkedByTheCore)
                .toList();

        Stories.runPipeline(archive, temp.resolve("out"), FlinkArchivePipelineTest.FLINK);

        assertThat(loop).hasSize(STORIES);
        assertThat(ArchiveSummary.total(loop)).isEqualTo(new VerdictCounts(20_000, 13_000, 2_500, 2_500, 2_000));
        assertThat(Stories.read(temp.resolve("out/summary.json"))).isEqualTo(ArchiveSummary.render(loop));
        assertThat(loop)
                .allSatisfy(story -> assertThat(WriteReportFn.reportFile(temp.resolve("out"), story.story()))
                        .isRegularFile());
    }

    private static StoryOutcome checkedByTheCore(String rulesFile) {
        FactCheck check = FactCheck.builder()
                .rules(archive.resolve(rulesFile))
                .workingDirectory(archive)
                .threads(1)
                .build();
        return StoryOutcome.checked(Archive.storyOf(rulesFile), VerdictCounts.of(check.check()));
    }
}
