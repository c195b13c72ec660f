package dev.factcheck.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline on the DirectRunner, against the reports the plugin's way of checking writes. */
class ArchivePipelineTest {
    private static final String DIRECT = "--runner=DirectRunner";

    @TempDir
    Path temp;

    @Test
    void writesEachInventedStorysReportByteForByteAsThePluginWould() {
        Map<String, String> expected = Stories.pluginReports(Stories.INVENTED, temp.resolve("plugin"));

        Stories.runPipeline(Stories.INVENTED, temp.resolve("out"), DIRECT);

        assertThat(expected).hasSize(5);
        assertThat(Stories.writtenReports(temp.resolve("out"), expected.keySet()))
                .containsExactlyEntriesOf(expected);
    }

    @Test
    void writesEachSharedNewsStorysReportByteForByteAsThePluginWould() {
        Path news = Stories.shared().orElse(null);
        Assumptions.assumeTrue(news != null, "no shared news stories here (system property factcheck.shared)");
        Map<String, String> expected = Stories.pluginReports(news, temp.resolve("plugin"));

        Stories.runPipeline(news, temp.resolve("out"), DIRECT);

        assertThat(expected).hasSize(7);
        assertThat(Stories.writtenReports(temp.resolve("out"), expected.keySet()))
                .containsExactlyEntriesOf(expected);
    }

    @Test
    void splitsEveryStoryToOneSourceAPartAndWritesTheSameBytesAsUnsplit() {
        Path news = Stories.shared().orElse(null);
        Path generated = GeneratedArchive.write(temp.resolve("archive"), 12);
        for (Path archive :
                news == null ? List.of(Stories.INVENTED, generated) : List.of(Stories.INVENTED, generated, news)) {
            Path whole = temp.resolve("whole-" + archive.getFileName());
            Path split = temp.resolve("split-" + archive.getFileName());
            Stories.runPipeline(archive, whole, DIRECT);

            Stories.runPipeline(archive, split, 1, DIRECT);

            Map<String, String> expected = Stories.writtenReports(whole, Stories.storiesOf(archive));
            assertThat(expected).isNotEmpty();
            assertThat(Stories.writtenReports(split, expected.keySet())).containsExactlyEntriesOf(expected);
            assertThat(Stories.read(split.resolve("summary.json")))
                    .isEqualTo(Stories.read(whole.resolve("summary.json")));
        }
    }

    @Test
    void summarisesEachStorysVerdictsAndTheArchivesTotal() {
        Path archive = GeneratedArchive.write(temp.resolve("archive"), 4);

        Stories.runPipeline(archive, temp.resolve("out"), DIRECT);

        assertThat(Stories.read(temp.resolve("out/summary.json")))
                .isEqualTo(String.join(
                        "\n",
                        "{",
                        "  \"schema\" : \"factcheck-archive-summary/1\",",
                        "  \"stories\" : 4,",
                        "  \"failed\" : 0,",
                        "  \"total\" : " + counts(8, 5, 1, 1, 1, "  ") + ",",
                        "  \"perStory\" : [ {",
                        "    \"story\" : \"s/000/s000000\",",
                        "    \"counts\" : " + counts(2, 1, 0, 0, 1, "    "),
                        "  }, {",
                        "    \"story\" : \"s/000/s000001\",",
                        "    \"counts\" : " + counts(2, 1, 1, 0, 0, "    "),
                        "  }, {",
                        "    \"story\" : \"s/000/s000002\",",
                        "    \"counts\" : " + counts(2, 1, 0, 1, 0, "    "),
                        "  }, {",
                        "    \"story\" : \"s/000/s000003\",",
                        "    \"counts\" : " + counts(2, 2, 0, 0, 0, "    "),
                        "  } ]",
                        "}",
                        ""));
    }

    @Test
    void listsAStoryWhoseSourcesAreMissingInTheSummaryAndWritesNoReportForIt() throws IOException {
        Path archive = GeneratedArchive.write(temp.resolve("archive"), 2);
        Path sources = archive.resolve("s/000/s000001/sources");
        try (var files = Files.list(sources)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        Stories.runPipeline(archive, temp.resolve("out"), DIRECT);

        assertThat(temp.resolve("out/s/000/s000000/report.json")).exists();
        assertThat(temp.resolve("out/s/000/s000001/report.json")).doesNotExist();
        assertThat(Stories.read(temp.resolve("out/summary.json")))
                .contains("\"failed\" : 1,")
                .contains("\"story\" : \"s/000/s000001\",\n    \"problems\" : [ \"s/000/s000001/rules.yaml:2:");
    }

    private static String counts(int claims, int agree, int diverge, int single, int notFound, String indent) {
        return "{\n" + indent + "  \"claims\" : " + claims + ",\n" + indent + "  \"agree\" : " + agree + ",\n" + indent
                + "  \"diverge\" : " + diverge + ",\n" + indent + "  \"singleSource\" : " + single + ",\n" + indent
                + "  \"notFound\" : " + notFound + "\n" + indent + "}";
    }
}
