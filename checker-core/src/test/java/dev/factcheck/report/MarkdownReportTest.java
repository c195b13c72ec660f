package dev.factcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown summary, checked as whole texts. */
class MarkdownReportTest {
    @Test
    void rendersASummaryHeadingAndOneRowPerClaim() {
        String markdown = MarkdownReport.render(ReportStory.result());

        assertThat(markdown).isEqualTo("""
                ### factcheck: 2 claims, 1 agrees, 1 diverges (1 error)

                | claim | verdict | message | mentions |
                | --- | --- | --- | --- |
                | `storm.toll` | ✅ AGREE | storm.toll agrees: 2 mentions in 2 sources | `news/a.txt:3:18` 'at least 23'\
                <br>`news/b.txt:3:16` '23' |
                | `mayors.talks` | ❌ DIVERGE (error) | mayors.talks diverges: '20 minutes' (1,200 s (20 minutes)) cannot \
                be true with '45 minutes' (2,700 s (45 minutes)) at news/a.txt:4:20 | `news/a.txt:4:20` '45 minutes'<br>\
                `news/b.txt:4:25` '20 minutes' |
                """);
    }

    @Test
    void marksEachVerdictBySeverityAndNotesAnAcceptedDivergence() {
        String rules = """
                sources: [../news/*.txt]
                claims:
                  - {id: storm.toll, kind: count, near: [killed, died], severity: warning, expected: 30}
                  - {id: storm.hours, kind: duration, near: [lashed], severity: info}
                  - {id: mayors.talks, kind: duration, near: [talks, met]}
                """;

        String markdown = MarkdownReport.render(Accepting.accept(
                ReportStory.check(rules, List.of(ReportStory.FIRST, ReportStory.SECOND)), "mayors.talks"));

        assertThat(markdown.lines()
                        .skip(4)
                        .map(line -> line.substring(0, line.indexOf(" | ", line.indexOf(" | ") + 3))))
                .containsExactly(
                        "| `storm.toll` | ⚠️ DIVERGE (warning)",
                        "| `storm.hours` | ℹ️ NOT FOUND (info)",
                        "| `mayors.talks` | ☑️ DIVERGE (accepted)");
        assertThat(markdown).contains("(accepted by the baseline until 2027-01-31: the outlets differ on purpose)");
    }

    @Test
    void escapesWhatWouldBreakTheTableOrBecomeMarkup() {
        String rules = """
                sources: [../news/*.txt]
                claims:
                  - {id: storm.toll, kind: count, near: [killed]}
                """;
        SourceText source = SourceText.of("news/a|b.txt", "The storm killed 23 people.\n");

        String markdown = MarkdownReport.render(ReportStory.check(rules, List.of(source)));

        assertThat(markdown).contains("| `news/a\\|b.txt:1:18` '23' |");
        assertThat(MarkdownReport.escape("a|b <script> *x* [l](u) `c` _y_ \\ &amp;\nz"))
                .isEqualTo("a\\|b \\<script\\> \\*x\\* \\[l\\](u) \\`c\\` \\_y\\_ \\\\ \\&amp; z");
    }

    @Test
    void listsAtMostFiveMentionsAndCountsTheRest() {
        String rules = """
                sources: [../news/*.txt]
                claims:
                  - {id: storm.toll, kind: count, near: [killed]}
                """;
        String lines = "The storm killed 4 people.\n".repeat(4);

        String markdown = MarkdownReport.render(ReportStory.check(
                rules, List.of(SourceText.of("news/a.txt", lines), SourceText.of("news/b.txt", lines))));

        assertThat(markdown).contains("<br>`news/b.txt:1:18` '4'<br>and 3 more |");
    }
}
