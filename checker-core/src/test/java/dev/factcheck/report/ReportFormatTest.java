package dev.factcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Choosing report formats by name, and the file each one is written to. */
class ReportFormatTest {
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
}
