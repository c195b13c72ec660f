package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.report.ReportFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    void saysWhichFileCannotBeWritten(@TempDir Path temp) throws IOException {
        Path blocked = Files.writeString(temp.resolve("blocked"), "a file where the folder should be");

        assertThatThrownBy(() -> FactCheck.writeReports(SEED, Set.of(ReportFormat.HTML), blocked))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot write " + blocked.resolve("report.html") + ": ");
    }
}
