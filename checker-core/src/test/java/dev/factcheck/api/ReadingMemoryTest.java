package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.report.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks that share a reading memory, one after another and on several threads, report what fresh checks report. */
class ReadingMemoryTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path NEWS = PROJECT.resolve("../shared/news").normalize();

    @Test
    void storiesCheckedWithOneMemoryReportTheSameBytesAsWithTheirOwn() throws IOException {
        List<Path> rules = new ArrayList<>(List.of(PROJECT.resolve("rules")));
        // the shared stories when they are beside the project; the seeds alone still share the memory across checks
        rules.addAll(storiesIn(NEWS));
        ReadingMemory memory = new ReadingMemory();

        for (int round = 0; round < 2; round++) {
            for (Path story : rules) {
                String shared = report(FactCheck.builder().readingMemory(memory), story);
                String own = report(FactCheck.builder(), story);

                assertThat(shared).as(story + ", round " + round).isEqualTo(own);
            }
        }
    }

    private static String report(FactCheckBuilder builder, Path rules) {
        // a rule folder's project is its parent, as is a story file's folder
        return JsonReport.render(builder.rules(rules)
                .workingDirectory(rules.getParent())
                .threads(2)
                .build()
                .check());
    }

    private static List<Path> storiesIn(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.map(f -> f.resolve("rules.yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }
}
