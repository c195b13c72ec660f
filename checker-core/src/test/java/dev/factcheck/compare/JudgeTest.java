package dev.factcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.extract.Mention;
import dev.factcheck.quantity.Quantity;
import dev.factcheck.quantity.QuantityReader;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.source.Position;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verdicts and their messages, from mentions written as reporters write figures. */
class JudgeTest {
    private static final String RULES = "rules/story.yaml";

    private static final String TOLL = """
              - id: toll
                kind: count
                near: [killed]
            """;

    private static final String MEETING = """
              - id: meeting.length
                kind: duration
                near: [meeting]
            """;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            count    | at least 23,000; 23,000; more than 22,000
            count    | nearly 400; 380; at least 370
            count    | about 12,000; 13,000; roughly 12,500
            count    | up to 400; 350; fewer than 351
            count    | 12 to 15; 14; at least 13
            duration | 55-minute; close to an hour; 55 minutes
            duration | 18-month; a year and a half; 18 months
            duration | about two hours; 110 minutes
            """)
    void agreesWhenEveryMentionCanBeTrueAtOnce(String kind, String texts) {
        Claim claim = claim("  - {id: figure, kind: " + kind + ", near: [figure]}\n");
        List<Mention> mentions = eachInItsOwnSource(texts);

        ClaimResult result = Judge.judge(claim, mentions);

        assertThat(result.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(result.message())
                .isEqualTo("figure agrees: " + mentions.size() + " mentions in " + mentions.size() + " sources");
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.mentions()).isEqualTo(mentions);
    }

    @ParameterizedTest(name = "{0}: {1} vs {2}")
    @CsvSource(delimiter = '|', textBlock = """
            count    | 23,000            | about 19,000     | 17,100 to 20,900              | 23,000
            count    | at least 23,000   | 22,999           | 22,999                        | 23,000 or more
            count    | more than 22,000  | 22,000           | 22,000                        | 22,001 or more
            count    | nearly 400        | 401              | 401                           | 360 to 400
            count    | fewer than 400    | 400              | 400                           | 0 to 399
            duration | 55-minute         | 20-minute        | 1,200 s (20 minutes)          | 3,300 s (55 minutes)
            duration | close to an hour  | 20-minute        | 1,200 s (20 minutes)          | 3,240 to 3,600 s (54 to 60 minutes)
            duration | 18-month          | 30-month         | 78,892,380 s (2.5 years)      | 47,335,428 s (1.5 years)
            """)
    void divergesNamingThePairThatCannotBothBeTrue(
            String kind, String first, String second, String secondRead, String firstRead) {
        Claim claim = claim("  - {id: figure, kind: " + kind + ", near: [figure]}\n");
        Mention a = mention("news/a.txt", 4, first);
        Mention b = mention("news/b.txt", 9, second);

        ClaimResult result = Judge.judge(claim, List.of(a, b));

        assertThat(result.verdict()).isEqualTo(Verdict.DIVERGE);
        assertThat(result.message())
                .isEqualTo("figure diverges: '" + second + "' (" + secondRead + ") cannot be true with '" + first
                        + "' (" + firstRead + ") at news/a.txt:4:5");
        assertThat(result.conflicts()).containsExactly(new Conflict(a, b));
    }

    @Test
    void blamesTheMentionThatTheMostOthersContradict() {
        Mention first = mention("news/a.txt", 2, "55-minute");
        Mention second = mention("news/b.txt", 3, "close to an hour");
        Mention changed = mention("news/c.txt", 5, "20-minute");
        Mention third = mention("news/d.txt", 7, "55 minutes");

        ClaimResult result = Judge.judge(claim(MEETING), List.of(first, second, changed, third));

        assertThat(result.verdict()).isEqualTo(Verdict.DIVERGE);
        assertThat(result.conflicts())
                .containsExactly(
                        new Conflict(first, changed), new Conflict(second, changed), new Conflict(third, changed));
        assertThat(result.message())
                .isEqualTo("meeting.length diverges: '20-minute' (1,200 s (20 minutes)) cannot be true with"
                        + " '55-minute' (3,300 s (55 minutes)) at news/a.txt:2:5");
    }

    @Test
    void blamesTheOutlierEvenWhenItComesFirst() {
        Mention changed = mention("news/a.txt", 2, "20-minute");
        Mention second = mention("news/b.txt", 3, "55-minute");
        Mention third = mention("news/c.txt", 4, "55 minutes");

        ClaimResult result = Judge.judge(claim(MEETING), List.of(changed, second, third));

        assertThat(result.conflicts()).containsExactly(new Conflict(second, changed), new Conflict(third, changed));
        assertThat(result.message())
                .isEqualTo("meeting.length diverges: '20-minute' (1,200 s (20 minutes)) cannot be true with"
                        + " '55-minute' (3,300 s (55 minutes)) at news/b.txt:3:5");
    }

    @Test
    void blamesTheLaterMentionOnATie() {
        Mention earlier = mention("news/a.txt", 2, "12");
        Mention later = mention("news/b.txt", 6, "15");

        ClaimResult result = Judge.judge(claim(TOLL), List.of(earlier, later));

        assertThat(result.conflicts()).containsExactly(new Conflict(earlier, later));
        assertThat(result.message())
                .isEqualTo("toll diverges: '15' (15) cannot be true with '12' (12) at news/a.txt:2:5");
    }

    @Test
    void divergesWithinOneSource() {
        Mention early = mention("news/a.txt", 2, "12");
        Mention late = mention("news/a.txt", 9, "15");

        ClaimResult result = Judge.judge(claim(TOLL), List.of(early, late));

        assertThat(result.verdict()).isEqualTo(Verdict.DIVERGE);
        assertThat(result.message())
                .isEqualTo("toll diverges: '15' (15) cannot be true with '12' (12) at news/a.txt:2:5");
    }

    @ParameterizedTest(name = "tolerance {0}: {1} vs {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            5%        | 55 minutes | 57 minutes | AGREE
            none      | 55 minutes | 57 minutes | DIVERGE
            5%        | 100        | 105        | AGREE
            5%        | 100        | 106        | DIVERGE
            5 minutes | 55 minutes | 59 minutes | AGREE
            5 minutes | 55 minutes | 60 minutes | AGREE
            5 minutes | 55 minutes | 61 minutes | DIVERGE
            none      | 55 minutes | 56 minutes | DIVERGE
            2         | 23,000     | 23,002     | AGREE
            2         | 23,000     | 23,003     | DIVERGE
            none      | 23,000     | 23,001     | DIVERGE
            10%       | about 100  | 118        | AGREE
            none      | about 100  | 118        | DIVERGE
            """)
    void toleranceTurnsANearMissIntoAgreement(String tolerance, String first, String second, Verdict verdict) {
        String kind = first.contains("minute") ? "duration" : "count";
        String setting = "none".equals(tolerance) ? "" : ", tolerance: " + tolerance;
        Claim claim = claim("  - {id: figure, kind: " + kind + ", near: [figure]" + setting + "}\n");

        ClaimResult result =
                Judge.judge(claim, List.of(mention("news/a.txt", 1, first), mention("news/b.txt", 1, second)));

        assertThat(result.verdict()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0}: {1} vs {2}")
    @CsvSource(delimiter = '|', textBlock = """
            time | 10 minutes | 6:00 a.m.   | 6:08 a.m.    | AGREE
            time | 5 minutes  | 6:00 a.m.   | 6:08 a.m.    | DIVERGE
            time | none       | 6:00 a.m.   | 6:08 a.m.    | DIVERGE
            time | half an hour | 21:05     | 9:30 p.m.    | AGREE
            date | 2 days     | June 3      | June 5       | AGREE
            date | 1 day      | June 3      | June 6       | DIVERGE
            age  | 1 year     | aged 33     | aged 34      | AGREE
            age  | 6 months   | aged 33     | aged 34      | DIVERGE
            """)
    void toleranceOfAPointInTimeIsALengthOfTime(
            String kind, String tolerance, String first, String second, Verdict verdict) {
        String setting = "none".equals(tolerance) ? "" : ", tolerance: " + tolerance;
        Claim claim = claim("  - {id: figure, kind: " + kind + ", near: [figure]" + setting + "}\n");

        ClaimResult result =
                Judge.judge(claim, List.of(mention("news/a.txt", 1, first), mention("news/b.txt", 1, second)));

        assertThat(result.verdict()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', textBlock = """
            less than an hour     | 75 minutes
            close to an hour      | 85 minutes
            nearly an hour        | 80 minutes
            fewer than three days | 80 hours
            """)
    void divergesWhenAFigureInSmallerUnitsBreaksABoundInLargerOnes(String bound, String figure) {
        Claim claim = claim("  - {id: figure, kind: duration, near: [figure]}\n");

        ClaimResult result =
                Judge.judge(claim, List.of(mention("news/a.txt", 1, bound), mention("news/b.txt", 1, figure)));

        assertThat(result.verdict()).isEqualTo(Verdict.DIVERGE);
    }

    @Test
    void divergesFromTheExpectedValueAtTheClaimsPlaceInItsRuleFile() {
        Claim claim = claim(TOLL + "    expected: at least 23,000\n");
        Mention agreeing = mention("news/a.txt", 3, "23,000");
        Mention changed = mention("news/b.txt", 5, "about 19,000");

        ClaimResult result = Judge.judge(claim, List.of(agreeing, changed));

        assertThat(result.verdict()).isEqualTo(Verdict.DIVERGE);
        assertThat(result.message())
                .isEqualTo("toll diverges: 'about 19,000' (17,100 to 20,900) cannot be true with 'at least 23,000'"
                        + " (23,000 or more) at rules/story.yaml:3:5");
        assertThat(result.conflicts()).first().satisfies(conflict -> {
            assertThat(conflict.first().location()).isEqualTo("rules/story.yaml:3:5");
            assertThat(conflict.first().text()).isEqualTo("at least 23,000");
            assertThat(conflict.first().line()).isEqualTo("expected: at least 23,000");
            assertThat(conflict.second()).isEqualTo(changed);
        });
    }

    @Test
    void listsEveryMentionThatMissesTheExpectedValue() {
        Claim claim = claim(MEETING + "    expected: 55 minutes\n");
        Mention low = mention("news/a.txt", 3, "20-minute");
        Mention right = mention("news/b.txt", 3, "55-minute");
        Mention high = mention("news/c.txt", 3, "two hours");

        ClaimResult result = Judge.judge(claim, List.of(low, right, high));

        assertThat(result.verdict()).isEqualTo(Verdict.DIVERGE);
        assertThat(result.conflicts())
                .filteredOn(c -> c.first().source().equals("rules/story.yaml"))
                .extracting(Conflict::second)
                .containsExactly(low, high);
    }

    @Test
    void agreesWithTheExpectedValueWhenEveryMentionMeetsIt() {
        Claim claim = claim(TOLL + "    expected: at least 23,000\n");

        ClaimResult result = Judge.judge(
                claim, List.of(mention("news/a.txt", 3, "23,000"), mention("news/b.txt", 5, "at least 23,000")));

        assertThat(result.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(result.message()).isEqualTo("toll agrees: 2 mentions in 2 sources");
    }

    @Test
    void stillDivergesWhenTwoMentionsMeetTheExpectedValueButNotEachOther() {
        Claim claim = claim(TOLL + "    expected: at least 23,000\n");
        Mention a = mention("news/a.txt", 3, "23,000");
        Mention b = mention("news/b.txt", 5, "30,000");

        ClaimResult result = Judge.judge(claim, List.of(a, b));

        assertThat(result.verdict()).isEqualTo(Verdict.DIVERGE);
        assertThat(result.conflicts()).containsExactly(new Conflict(a, b));
    }

    @Test
    void reportsMentionsInOneSourceAsSingleSource() {
        List<Mention> mentions = List.of(mention("news/a.txt", 3, "23,000"), mention("news/a.txt", 8, "23,000"));

        ClaimResult result = Judge.judge(claim(TOLL), mentions);

        assertThat(result.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
        assertThat(result.message()).isEqualTo("toll: 2 mentions, all in news/a.txt: nothing to compare");
        assertThat(result.verdict().isProblem()).isFalse();
    }

    @Test
    void reportsASingleMentionAsSingleSource() {
        ClaimResult result = Judge.judge(claim(TOLL), List.of(mention("news/b.txt", 3, "at least 23,000")));

        assertThat(result.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
        assertThat(result.message()).isEqualTo("toll: 1 mention, all in news/b.txt: nothing to compare");
    }

    @Test
    void reportsAClaimWithoutMentionsAsNotFound() {
        ClaimResult result = Judge.judge(claim(TOLL), List.of());

        assertThat(result.verdict()).isEqualTo(Verdict.NOT_FOUND);
        assertThat(result.message()).isEqualTo("toll not found in any source");
        assertThat(result.verdict().isProblem()).isTrue();
    }

    private static Claim claim(String yaml) {
        return RuleParser.parse(RULES, "sources: [news/*.txt]\nclaims:\n" + yaml)
                .claims()
                .get(0);
    }

    /** A mention as the extractor would make it: the figure read from {@code text}, at column 5 of {@code line}. */
    private static Mention mention(String source, int line, String text) {
        List<Quantity> read = QuantityReader.english().read(text);
        assertThat(read).as("quantities in '%s'", text).hasSize(1);
        return new Mention(source, new Position(line, 5, 0), text, read.get(0), "... " + text + " ...");
    }

    private static List<Mention> eachInItsOwnSource(String texts) {
        List<Mention> mentions = new ArrayList<>();
        for (String text : texts.split(";", -1)) {
            mentions.add(mention("news/" + (char) ('a' + mentions.size()) + ".txt", 1, text.strip()));
        }
        return mentions;
    }
}
