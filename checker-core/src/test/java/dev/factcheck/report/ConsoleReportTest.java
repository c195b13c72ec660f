package dev.factcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.source.Severity;
import dev.factcheck.source.SourceText;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The console report, checked as whole texts. */
class ConsoleReportTest {
    @Test
    void rendersAnAgreementAndADivergenceWithTheirEvidenceAndASummary() {
        CheckResult result = ReportStory.result();

        String text = text(ConsoleReport.render(result));

        assertThat(text).isEqualTo("""
                rules/harbour.yaml:4:5: info: storm.toll agrees: 2 mentions in 2 sources [storm.toll]
                    news/a.txt:3:18: 'at least 23' = 23 or more
                    news/b.txt:3:16: '23' = 23
                news/b.txt:4:25: error: mayors.talks diverges: '20 minutes' (1,200 s (20 minutes)) cannot be true \
                with '45 minutes' (2,700 s (45 minutes)) at news/a.txt:4:20 [mayors.talks]
                    news/a.txt:4:20: '45 minutes' = 2,700 s (45 minutes)  <- conflicts
                    news/b.txt:4:25: '20 minutes' = 1,200 s (20 minutes)  <- conflicts
                factcheck: 2 claims, 1 agrees, 1 diverges (1 error)
                """);
    }

    @Test
    void givesEachLineTheSeverityItIsLoggedAt() {
        CheckResult result = ReportStory.result();

        List<ConsoleLine> lines = ConsoleReport.render(result);

        assertThat(lines)
                .extracting(ConsoleLine::severity)
                .containsExactly(
                        Severity.INFO,
                        Severity.INFO,
                        Severity.INFO,
                        Severity.ERROR,
                        Severity.ERROR,
                        Severity.ERROR,
                        Severity.INFO);
    }

    @Test
    void reportsADivergenceAtTheClaimsOwnSeverity() {
        String rules = ReportStory.RULES.replace("near: [talks, met]", "near: [talks, met]\n    severity: warning");

        List<ConsoleLine> lines =
                ConsoleReport.render(ReportStory.check(rules, List.of(ReportStory.FIRST, ReportStory.SECOND)));

        assertThat(lines)
                .filteredOn(l -> l.text().contains("[mayors.talks]"))
                .extracting(
                        ConsoleLine::severity,
                        l -> l.text().substring(0, l.text().indexOf(" mayors")))
                .containsExactly(tuple(Severity.WARNING, "news/b.txt:4:25: warning:"));
        assertThat(lines.get(lines.size() - 1).text())
                .isEqualTo("factcheck: 2 claims, 1 agrees, 1 diverges (1 warning)");
    }

    @Test
    void placesEveryVerdictButADivergenceAtTheClaimInItsRuleFile() {
        String rules = """
                sources: [../news/*.txt]
                claims:
                  - {id: storm.toll, kind: count, near: [killed, died], severity: warning}
                  - {id: storm.hours, kind: duration, near: [lashed]}
                """;

        String text = text(ConsoleReport.render(ReportStory.check(rules, List.of(ReportStory.FIRST))));

        assertThat(text).isEqualTo("""
                rules/harbour.yaml:3:6: info: storm.toll: 1 mention, all in news/a.txt: nothing to compare [storm.toll]
                    news/a.txt:3:18: 'at least 23' = 23 or more
                rules/harbour.yaml:4:6: error: storm.hours not found in any source [storm.hours]
                factcheck: 2 claims, 0 agree, 0 diverge, 1 single-source, 1 not found (1 error)
                """);
    }

    @Test
    void showsTheExpectedValueBeforeTheMentions() {
        String rules = """
                sources: [../news/*.txt]
                claims:
                  - id: storm.toll
                    kind: count
                    near: [killed, died]
                    expected: 25
                """;

        String text =
                text(ConsoleReport.render(ReportStory.check(rules, List.of(ReportStory.FIRST, ReportStory.SECOND))));

        assertThat(text).isEqualTo("""
                news/b.txt:3:16: error: storm.toll diverges: '23' (23) cannot be true with '25' (25) at \
                rules/harbour.yaml:3:5 [storm.toll]
                    expected: '25' = 25
                    news/a.txt:3:18: 'at least 23' = 23 or more
                    news/b.txt:3:16: '23' = 23  <- conflicts
                factcheck: 1 claim, 0 agree, 1 diverges (1 error)
                """);
    }

    @Test
    void capsTheEvidenceAtTenMentions() {
        String rules = """
                sources: [../news/*.txt]
                claims:
                  - {id: storm.toll, kind: count, near: [killed]}
                """;
        String lines = "The storm killed 4 people.\n".repeat(12);

        List<ConsoleLine> rendered = ConsoleReport.render(ReportStory.check(
                rules, List.of(SourceText.of("news/a.txt", lines), SourceText.of("news/b.txt", lines))));

        assertThat(rendered).hasSize(1 + ConsoleReport.MAX_EVIDENCE + 1 + 1);
        assertThat(rendered.get(ConsoleReport.MAX_EVIDENCE).text()).isEqualTo("    news/a.txt:10:18: '4' = 4");
        assertThat(rendered.get(ConsoleReport.MAX_EVIDENCE + 1).text())
                .isEqualTo("    ... and 14 more mentions (see report.json)");
        assertThat(rendered.get(0).text())
                .isEqualTo("rules/harbour.yaml:3:6: info: storm.toll agrees: 24 mentions in 2 sources [storm.toll]");
    }

    private static String text(List<ConsoleLine> lines) {
        return lines.stream().map(ConsoleLine::text).collect(Collectors.joining("\n", "", "\n"));
    }
}
