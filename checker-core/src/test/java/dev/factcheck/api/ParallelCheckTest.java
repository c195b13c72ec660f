package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.report.JsonReport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check gives the same report, byte for byte, on one thread and on several. */
class ParallelCheckTest {
    @TempDir
    Path dir;

    @Test
    void theInventedStoriesReportTheSameOnOneThreadAndOnFour() throws IOException, URISyntaxException {
        Path root = Path.of(
                ParallelCheckTest.class.getResource("/dev/factcheck/stories").toURI());
        try (Stream<Path> folders = Files.list(root)) {
            for (Path story : folders.filter(f -> Files.isRegularFile(f.resolve("rules.yaml")))
                    .sorted()
                    .toList()) {
                assertThat(report(story, 4)).as(story.toString()).isEqualTo(report(story, 1));
            }
        }
    }

    @Test
    void sourcesBeforeTheFirstYearWaitForItAcrossBatches() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        for (int i = 0; i < 300; i++) {
            String year = i == 170 ? " in 2019" : "";
            Files.writeString(
                    sources.resolve(String.format("%03d.txt", i)),
                    "The summit opened on June 3" + year + ".\n\nIt was the " + (i % 7) + "th summit.\n",
                    StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("rules.yaml"), """
                sources: [sources/*.txt]
                claims:
                  - id: summit.opening
                    kind: date
                    near: [summit opened]
                """, StandardCharsets.UTF_8);

        String one = report(dir, 1);

        assertThat(report(dir, 3)).isEqualTo(one);
        assertThat(one).contains("\"min\" : \"2019-06-03\"").doesNotContain("0000-06-03");
    }

    private static String report(Path story, int threads) {
        CheckResult result = FactCheck.builder()
                .rules(story.resolve("rules.yaml"))
                .workingDirectory(story)
                .threads(threads)
                .build()
                .check();
        return JsonReport.render(result);
    }

    @Test
    void aCheckNamesEveryUnreadableSourceInOrderWhateverTheThreads() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("bad"));
        for (int i = 0; i < 40; i++) {
            Files.write(
                    sources.resolve(String.format("%02d.txt", i)),
                    i % 10 == 3 ? new byte[] {0, 1, 2} : "ok".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("rules.yaml"), """
                sources: [bad/*.txt]
                claims:
                  - id: x
                    kind: count
                    near: [killed]
                """, StandardCharsets.UTF_8);

        List<String> one = problems(1);

        assertThat(one).hasSize(4);
        assertThat(problems(4)).isEqualTo(one);
    }

    private List<String> problems(int threads) {
        try {
            FactCheck.builder()
                    .rules(dir.resolve("rules.yaml"))
                    .workingDirectory(dir)
                    .threads(threads)
                    .build()
                    .check();
            return List.of();
        } catch (dev.factcheck.source.InputException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
    }
}
