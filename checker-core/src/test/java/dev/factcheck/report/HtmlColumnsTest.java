package dev.factcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a claim's section of report.html shows of a large corpus: the caps, the line on the rest, what is kept. */
class HtmlColumnsTest {
    private static final String MENTION = "<div class=\"mention";
    private static final String COLUMN = "<article class=\"source\">";

    @Test
    void showsEveryMentionUpToTheCapWithNoLineAboutMore() {
        String html = HtmlReport.render(ManyMentions.result(1, 4, HtmlColumns.MAX_MENTIONS));

        assertThat(count(html, MENTION)).isEqualTo(200);
        assertThat(count(html, COLUMN)).isEqualTo(4);
        assertThat(html).doesNotContain("class=\"more\"", "more mention");
    }

    @Test
    void aboveTheCapShowsTwoHundredAndSaysHowManyMoreReportJsonHas() {
        CheckResult result = ManyMentions.result(1, 4, 12_545);

        String html = HtmlReport.render(result);

        assertThat(count(html, MENTION)).isEqualTo(200);
        assertThat(count(html, COLUMN)).isEqualTo(4);
        assertThat(html).contains("</div>\n<p class=\"more\">… and 12,345 more mentions in report.json</p>\n");
        assertThat(count(html, "<h3 title=\"news/outlet-001.txt\">")).isEqualTo(1);
        assertThat(count(JsonReport.render(result), "\"source\" : ")).isEqualTo(12_545 + 2 * 20);
    }

    @Test
    void oneMentionOverTheCapIsCountedInTheSingular() {
        String html = HtmlReport.render(ManyMentions.result(1, 4, HtmlColumns.MAX_MENTIONS + 1));

        assertThat(html).contains("<p class=\"more\">… and 1 more mention in report.json</p>");
    }

    @Test
    void showsFiftySourcesSharingTheMentionsEvenlyAndCountsTheOthers() {
        ClaimResult agreeing = ManyMentions.result(2, 60, 600).claims().get(1);

        String html = HtmlReport.render(new CheckResult(List.of(agreeing)));

        assertThat(count(html, COLUMN)).isEqualTo(50);
        assertThat(count(html, MENTION)).isEqualTo(200);
        assertThat(html)
                .contains("<h3 title=\"news/outlet-049.txt\">")
                .doesNotContain("news/outlet-050.txt")
                .contains("<p class=\"more\">… and 400 more mentions (10 more sources) in report.json</p>");
    }

    @Test
    void keepsTheConflictingMentionsAndTheirSourcesAmongThoseShown() {
        // outlet-059 holds the mention most contradicted: the 60th source, shown because it conflicts
        CheckResult result = ManyMentions.result(1, 60, 3_000);
        ClaimResult claim = result.claims().get(0);

        String html = HtmlReport.render(result);

        assertThat(claim.conflicts()).hasSize(20);
        assertThat(claim.conflicts().get(0).second().source()).isEqualTo("news/outlet-059.txt");
        assertThat(count(html, COLUMN)).isEqualTo(50);
        assertThat(count(html, MENTION)).isEqualTo(200);
        assertThat(html)
                .contains("<h3 title=\"news/outlet-059.txt\">", "<h3 title=\"news/outlet-048.txt\">")
                .doesNotContain("news/outlet-049.txt");
        assertThat(count(html, "<div class=\"mention conflict")).isEqualTo(21);
        assertThat(count(html, "<span class=\"tag\">most contradicted</span>")).isEqualTo(1);
        assertThat(count(html, "<span class=\"versus\">✕</span>")).isEqualTo(20);
    }

    @ParameterizedTest(name = "{0} with a cap of {1}: {2}")
    @CsvSource(
            delimiter = ';',
            value = {"3,3; 10; 3,3", "300,2,300; 200; 99,2,99", "1000; 200; 200", "5,5,5; 4; 2,1,1", "0,7; 3; 0,3"})
    void sharesTheCapEvenlyBetweenColumnsGivingWhatOneCannotUseToTheOthers(String sizes, int max, String quotas) {
        int[] columns =
                Arrays.stream(sizes.split(",")).mapToInt(Integer::parseInt).toArray();

        int[] shared = HtmlColumns.quotas(columns, max);

        assertThat(Arrays.stream(shared).mapToObj(String::valueOf).toList()).containsExactly(quotas.split(","));
    }

    private static int count(String text, String what) {
        return (int)
                Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }
}
