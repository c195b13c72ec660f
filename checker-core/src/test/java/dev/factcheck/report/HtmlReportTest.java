package dev.factcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.Judge;
import dev.factcheck.extract.Mention;
import dev.factcheck.extract.Quoted;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.source.Position;
import dev.factcheck.source.SourceText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web page: what each claim shows, the marks in the evidence, escaping, and that it fetches nothing. */
class HtmlReportTest {
    private static final Pattern SECTION = Pattern.compile("<section class=\"claim [^\"]*\" id=\"claim-([^\"]+)\"");

    @Test
    void showsEveryClaimWithItsVerdictProblemsFirst() {
        String html = HtmlReport.render(ReportStory.result());

        assertThat(sectionIds(html)).containsExactly("mayors.talks", "storm.toll");
        assertThat(html)
                .contains("<p class=\"summary\" id=\"summary\">factcheck: 2 claims, 1 agrees, 1 diverges (1 error)</p>")
                .contains("data-verdict=\"DIVERGE\" data-filter=\"diverge problem\">")
                .contains("data-verdict=\"AGREE\" data-filter=\"agree\">")
                .contains("<span class=\"verdict v-diverge\">DIVERGE</span> <code class=\"id\">mayors.talks</code>")
                .contains("<p class=\"description\">People killed by the storm</p>")
                .contains("declared at <code>rules/harbour.yaml:8:5</code>");
    }

    @Test
    void setsTheSourcesSideBySideAndMarksEachMentionInItsLine() {
        String html = HtmlReport.render(ReportStory.result());

        String toll = section(html, "storm.toll");
        assertThat(toll.split("<article class=\"source\">", -1)).hasSize(3);
        assertThat(toll)
                .contains("<h3 title=\"news/a.txt\">news/a.txt</h3>")
                .contains("<h3 title=\"news/b.txt\">news/b.txt</h3>")
                .contains("<code>3:18</code> read as <b>23 or more</b>")
                .contains("<blockquote>The storm killed <mark>at least 23</mark> people on Monday.</blockquote>")
                .contains("<blockquote>Officials said <mark>23</mark> people died in the storm.</blockquote>")
                .doesNotContain("conflict");
    }

    @Test
    void marksTheConflictingPairAndTheMentionTheDivergenceIsReportedAt() {
        String talks = section(HtmlReport.render(ReportStory.result()), "mayors.talks");

        assertThat(talks)
                .contains(
                        "<div class=\"mention conflict\">\n<p class=\"where\"><code>4:20</code> read as <b>2,700 s (45"
                                + " minutes)</b> <span class=\"tag light\">conflicts</span></p>\n<blockquote>The mayors met for"
                                + " <mark>45 minutes</mark> to plan repairs.</blockquote>")
                .contains(
                        "<div class=\"mention conflict blamed\">\n<p class=\"where\"><code>4:25</code> read as <b>1,200"
                                + " s (20 minutes)</b> <span class=\"tag\">most contradicted</span></p>")
                .contains("<li><span class=\"side\"><code>news/a.txt:4:20</code> <q>45 minutes</q></span> <span"
                        + " class=\"versus\">✕</span> <span class=\"side\"><code>news/b.txt:4:25</code> <q>20"
                        + " minutes</q></span></li>");
    }

    @Test
    void showsTheWordsThatDifferBetweenTwoQuotes() {
        Claim claim = RuleParser.parse("rules/story.yaml", """
                        sources: [news/*.txt]
                        claims:
                          - {id: mayor.quote, kind: quote, speaker: Anne Diaz, near: [bridge]}
                        """).claims().get(0);
        List<Mention> quotes = List.of(
                quote("news/a.txt", "Obviously he has a different view, but I urged them to rebuild the bridge."),
                quote("news/b.txt", "He has his own view, but I urge them to rebuild the bridge."));

        String html = HtmlReport.render(new CheckResult(List.of(Judge.judge(claim, quotes))));

        assertThat(html)
                .contains("<del>Obviously</del> he has <del>a different</del> view, but I <del>urged</del> them")
                .contains("He has <ins>his own</ins> view, but I <ins>urge</ins> them to rebuild the bridge.")
                .contains("<li>dropped <del>Obviously</del></li>")
                .contains("<li><del>a different</del> → <ins>his own</ins></li>")
                .contains(
                        "<code>1:1</code> read as <b>quote of Anne Diaz</b> <span class=\"tag light\">conflicts</span>");
    }

    @Test
    void escapesEverythingFromRuleFilesAndSources() {
        String rules = """
                sources: [../news/*.txt]
                claims:
                  - id: storm.toll
                    description: "<img src=x onerror=alert(1)> & \\"friends\\""
                    kind: count
                    near: [killed]
                """;
        SourceText source = SourceText.of("news/<b>.txt", "<script>alert(1)</script> The storm killed 23 people.\n");

        String html = HtmlReport.render(ReportStory.check(rules, List.of(source)));

        assertThat(html)
                .doesNotContain("<img", "<script>alert", "<b>.txt")
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;friends&quot;")
                .contains("<blockquote>&lt;script&gt;alert(1)&lt;/script&gt; The storm killed <mark>23</mark> people.");
    }

    @Test
    void fetchesNothingFromTheNetwork() {
        String html = HtmlReport.render(ReportStory.result());

        assertThat(html)
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src"
                        + " 'unsafe-inline'; script-src 'unsafe-inline'\">")
                .doesNotContain(" src=", "<link", "@import", "url(", "http:", "https:", "@font-face");
        assertThat(html.split("<script>", -1)).hasSize(2);
    }

    @Test
    void cutsALongLineAroundTheMention() {
        String rules = """
                sources: [../news/*.txt]
                claims:
                  - {id: storm.toll, kind: count, near: [killed]}
                """;
        String filler = "word ".repeat(60);
        SourceText source = SourceText.of("news/a.txt", filler + "The storm killed 23 people. " + filler + "\n");

        String html = HtmlReport.render(ReportStory.check(rules, List.of(source)));

        Matcher quote = Pattern.compile("<blockquote>(.*?)</blockquote>").matcher(html);
        assertThat(quote.find()).isTrue();
        assertThat(quote.group(1))
                .startsWith("… word ")
                .contains("The storm killed <mark>23</mark> people.")
                .endsWith(" word …");
        assertThat(quote.group(1).length()).isLessThan(2 * Excerpt.CONTEXT + 40);
    }

    @Test
    void notesAnAcceptedDivergenceAndLeavesItOutOfTheProblems() {
        String html = HtmlReport.render(Accepting.accept(ReportStory.result(), "mayors.talks"));

        assertThat(html)
                .contains("data-verdict=\"DIVERGE\" data-filter=\"diverge accepted\">")
                .contains("<p class=\"accepted\">accepted by the baseline until 2027-01-31: the outlets differ on"
                        + " purpose</p>")
                .contains("data-show=\"problem\" aria-pressed=\"false\">problems <span class=\"count\">0</span>");
    }

    private static Mention quote(String source, String words) {
        return new Mention(source, new Position(1, 1, 0), words, new Quoted(words, "Anne Diaz"), words);
    }

    private static List<String> sectionIds(String html) {
        return SECTION.matcher(html).results().map(m -> m.group(1)).toList();
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"claim-" + id + "\"");
        return html.substring(start, html.indexOf("</section>", start));
    }
}
