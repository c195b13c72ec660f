package dev.factcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.compare.CheckResult;
import java.io.IOException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Choosing report formats by name, and the file each one is written to. */
class ReportFormatTest {
    /** 20 claims, 20,000 mentions in 60 sources. */
    private static final CheckResult LARGE = ManyMentions.result(20, 60, 1_000);

    @Test
    void readsACommaSeparatedListIgnoringCaseAndBlanks() {
        assertThat(ReportFormat.parse(" Console, json ,HTML,"))
                .containsExactly(ReportFormat.CONSOLE, ReportFormat.JSON, ReportFormat.HTML);
    }

    @Test
    void readsAllAsEveryFormat() {
        assertThat(ReportFormat.parse("all")).isEqualTo(EnumSet.allOf(ReportFormat.class));
        assertThat(ReportFormat.parse("json,all")).isEqualTo(EnumSet.allOf(ReportFormat.class));
    }

    @Test
    void rejectsAnUnknownFormatListingTheAllowedOnes() {
        assertThatThrownBy(() -> ReportFormat.parse("console,pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "unknown report format 'pdf' (expected a comma-separated list of: console, json, html, sarif,"
                                + " junit, markdown, or all)");
    }

    @Test
    void rejectsAListWithoutAFormat() {
        assertThatThrownBy(() -> ReportFormat.parse(" , "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no report format in ' , ' (expected a comma-separated list of: console, json, html, sarif,"
                        + " junit, markdown, or all)");
    }

    @ParameterizedTest
    @CsvSource({
        "JSON, report.json",
        "HTML, report.html",
        "SARIF, report.sarif",
        "JUNIT, TEST-factcheck.xml",
        "MARKDOWN, summary.md"
    })
    void namesTheFileOfEachWrittenFormat(ReportFormat format, String fileName) {
        assertThat(format.fileName()).contains(fileName);
    }

    @Test
    void printsTheConsoleRatherThanWritingIt() {
        assertThat(ReportFormat.CONSOLE.fileName()).isEmpty();
        assertThat(ReportFormat.CONSOLE.render(ReportStory.result()))
                .startsWith("rules/harbour.yaml:4:5: info: storm.toll agrees")
                .endsWith("factcheck: 2 claims, 1 agrees, 1 diverges (1 error)\n");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void writesALargeReportInPiecesNoneATenthOfTheWholeAndTheSameTextItRenders(ReportFormat format) throws IOException {
        RecordingWriter out = new RecordingWriter();

        format.write(LARGE, out);

        assertThat(out.text()).isEqualTo(format.render(LARGE));
        assertThat(out.largestWrite()).isPositive().isLessThan(out.text().length() / 10);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void leavesTheWriterOpenForTheCaller(ReportFormat format) throws IOException {
        RecordingWriter out = new RecordingWriter();

        format.write(ReportStory.result(), out);
        out.write("after");

        assertThat(out.isClosed()).isFalse();
        assertThat(out.text()).isEqualTo(format.render(ReportStory.result()) + "after");
    }
}
