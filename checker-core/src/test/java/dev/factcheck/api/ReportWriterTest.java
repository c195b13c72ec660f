package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.compare.Baseline;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.report.ReportFormat;
import dev.factcheck.source.InputException;
import dev.factcheck.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the report files of a run. */
class ReportWriterTest {
    private static final CheckResult SEED =
            FactCheck.load(Path.of("rules"), Path.of("..")).check();

    @Test
    void writesEveryFileOfAllFormatsInFormatOrder(@TempDir Path temp) throws IOException {
        Path output = temp.resolve("target/factcheck");

        List<Path> written = FactCheck.writeReports(SEED, ReportFormat.parse("all"), output);

        assertThat(written)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("report.json", "report.html", "report.sarif", "TEST-factcheck.xml", "summary.md");
        assertThat(written).allSatisfy(file -> assertThat(file).isNotEmptyFile().hasParent(output));
        assertThat(Files.readString(output.resolve("summary.md"))).startsWith("### factcheck: 6 claims");
    }

    @Test
    void writesOnlyTheChosenFormatsAndNoFileForTheConsole(@TempDir Path temp) {
        List<Path> written = FactCheck.writeReports(
                SEED, Set.of(ReportFormat.CONSOLE, ReportFormat.MARKDOWN, ReportFormat.SARIF), temp);

        assertThat(written).containsExactly(temp.resolve("report.sarif"), temp.resolve("summary.md"));
        assertThat(FactCheck.writeReports(SEED, Set.of(ReportFormat.CONSOLE), temp))
                .isEmpty();
    }

    @Test
    void keepsWritingTheJsonReportAlone(@TempDir Path temp) throws IOException {
        Path report = FactCheck.writeJsonReport(SEED, temp.resolve("out"));

        assertThat(report).isEqualTo(temp.resolve("out/report.json"));
        assertThat(Files.readString(report)).startsWith("{\n  \"schema\" : \"factcheck-report/1\"");
        try (var files = Files.list(temp.resolve("out"))) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void refusesAnOutputFolderBehindAFileNamingTheFolderAndTheFile(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("target"), "a file where the folder should be");
        Path output = temp.resolve("target/factcheck");

        assertThatThrownBy(() -> FactCheck.writeReports(SEED, Set.of(ReportFormat.HTML), output))
                .isInstanceOf(InputException.class)
                .hasMessage(output + ": error: cannot create the output folder: 'target' is a file, not a folder:"
                        + " move it away or choose another output folder");
    }

    @Test
    void replacesAnEarlierReportWholeAndLeavesNoTemporaryFile(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("report.json"), "{ \"truncated");

        FactCheck.writeReports(SEED, Set.of(ReportFormat.JSON, ReportFormat.MARKDOWN), temp);

        assertThat(Files.readString(temp.resolve("report.json"))).isEqualTo(ReportFormat.JSON.render(SEED));
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("report.json", "summary.md");
        }
    }

    @Test
    void aReportThatCannotBePutInPlaceKeepsWhatWasThereAndLeavesNoTemporaryFile(@TempDir Path temp) throws IOException {
        Files.createDirectories(temp.resolve("report.html/kept"));

        assertThatThrownBy(() -> FactCheck.writeReports(SEED, Set.of(ReportFormat.HTML), temp))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(temp.resolve("report.html") + ": error: cannot write this file: ");
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(temp.resolve("report.html"));
        }
        assertThat(temp.resolve("report.html/kept")).isDirectory();
    }

    @Test
    void writesMentionsAndBaselinesByRenameToo(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("mentions.json"), "old");
        Files.writeString(temp.resolve("baseline.yaml"), "old");

        Extraction.of(List.of(SourceText.of("a.txt", "23 people died."))).writeMentions(temp);
        BaselineFile.write(new Baseline(List.of()), temp.resolve("baseline.yaml"));

        assertThat(Files.readString(temp.resolve("mentions.json"))).contains("\"text\" : \"23\"");
        assertThat(Files.readString(temp.resolve("baseline.yaml"))).endsWith("accepted:\n");
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("mentions.json", "baseline.yaml");
        }
    }
}
