package dev.factcheck.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same pipeline on Flink's embedded cluster writes the same bytes. */
class FlinkArchivePipelineTest {
    static final String[] FLINK = {"--runner=FlinkRunner", "--flinkMaster=[local]"};

    @TempDir
    Path temp;

    @Test
    void writesEachInventedStorysReportOnFlinkAsThePluginWould() {
        Map<String, String> expected = Stories.pluginReports(Stories.INVENTED, temp.resolve("plugin"));

        Stories.runPipeline(Stories.INVENTED, temp.resolve("out"), FLINK);

        assertThat(Stories.writtenReports(temp.resolve("out"), expected.keySet()))
                .containsExactlyEntriesOf(expected);
    }

    @Test
    void splitsStoriesByTheSourceOnFlinkAndWritesThePluginsBytes() {
        Path news = Stories.shared().orElse(Stories.INVENTED);
        Map<String, String> expected = Stories.pluginReports(news, temp.resolve("plugin"));

        // about two shared news articles a part
        Stories.runPipeline(news, temp.resolve("out"), 4_000, FLINK);

        assertThat(expected).isNotEmpty();
        assertThat(Stories.writtenReports(temp.resolve("out"), expected.keySet()))
                .containsExactlyEntriesOf(expected);
    }

    @Test
    void writesEachSharedNewsStorysReportOnFlinkAsThePluginWould() {
        Path news = Stories.shared().orElse(null);
        Assumptions.assumeTrue(news != null, "no shared news stories here (system property factcheck.shared)");
        Map<String, String> expected = Stories.pluginReports(news, temp.resolve("plugin"));

        Stories.runPipeline(news, temp.resolve("out"), FLINK);

        assertThat(expected).hasSize(7);
        assertThat(Stories.writtenReports(temp.resolve("out"), expected.keySet()))
                .containsExactlyEntriesOf(expected);
    }
}
