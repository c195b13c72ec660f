package dev.factcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.extract.Mention;
import dev.factcheck.extract.Quoted;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.source.Position;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteJudgeTest {
    private static final Claim CLAIM =
            RuleParser.parse("rules/story.yaml", """
                    sources: [news/*.txt]
                    claims:
                      - {id: mayor.quote, kind: quote, speaker: Anne Diaz, near: [bridge]}
                    """).claims().get(0);

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "Obviously, Mr. Smith has a different view."    | “Obviously Mr Smith has a different view”
            It was - we think - the bridge.                 | It was — we think — the bridge.
            We will see . . . what comes                    | We will see... what comes
            THE BRIDGE IS GONE                              | the bridge is gone
            """)
    void agreesWhenOnlyTypographyDiffers(String first, String second) {
        ClaimResult result = Judge.judge(CLAIM, List.of(quote("news/a.txt", first), quote("news/b.txt", second)));

        assertThat(result.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(result.message()).isEqualTo("mayor.quote agrees: 2 mentions in 2 sources");
    }

    @Test
    void agreesWithAPartialQuoteAndSaysSo() {
        ClaimResult result = Judge.judge(
                CLAIM,
                List.of(
                        quote("news/a.txt", "The bridge is gone, and we start again tomorrow."),
                        quote("news/b.txt", "we start again tomorrow")));

        assertThat(result.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(result.message())
                .isEqualTo("mayor.quote agrees: 2 mentions in 2 sources (one quote is part of another)");
    }

    @Test
    void divergesOnChangedWordsAndListsEachChange() {
        ClaimResult result = Judge.judge(
                CLAIM,
                List.of(
                        quote(
                                "news/a.txt",
                                "Obviously he has a different view, but I urged them to rebuild the bridge."),
                        quote("news/b.txt", "He has his own view, but I urge them to rebuild the bridge.")));

        assertThat(result.verdict()).isEqualTo(Verdict.DIVERGE);
        assertThat(result.message())
                .isEqualTo("mayor.quote diverges: the quote at news/b.txt:1:1 is worded differently from the one at"
                        + " news/a.txt:1:1: dropped 'Obviously', 'a different' → 'his own', 'urged' → 'urge'");
        assertThat(result.conflicts())
                .singleElement()
                .satisfies(c -> assertThat(c.changes())
                        .containsExactly(
                                new WordChange(WordChange.Type.DROPPED, "Obviously", ""),
                                new WordChange(WordChange.Type.REPLACED, "a different", "his own"),
                                new WordChange(WordChange.Type.REPLACED, "urged", "urge")));
    }

    @Test
    void reportsAWordAddedInTheSecondQuote() {
        ClaimResult result = Judge.judge(
                CLAIM,
                List.of(quote("news/a.txt", "the bridge is gone"), quote("news/b.txt", "the old bridge is gone")));

        assertThat(result.conflicts())
                .singleElement()
                .satisfies(
                        c -> assertThat(c.changes()).containsExactly(new WordChange(WordChange.Type.ADDED, "", "old")));
    }

    @Test
    void agreesWhenOneSourceQuotesASentenceMoreAtEitherEnd() {
        ClaimResult result = Judge.judge(
                CLAIM,
                List.of(
                        quote("news/a.txt", "The bridge is gone. We start again tomorrow."),
                        quote("news/b.txt", "We start again tomorrow. It will take us years.")));

        assertThat(result.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(result.message())
                .isEqualTo("mayor.quote agrees: 2 mentions in 2 sources (one quote is part of another)");
    }

    @Test
    void listsOnlyTheWordsChangedInThePartBothSourcesQuote() {
        ClaimResult result = Judge.judge(
                CLAIM,
                List.of(
                        quote("news/a.txt", "The bridge is gone. We start again tomorrow with the army."),
                        quote("news/b.txt", "We start again today with the army. It will take years.")));

        assertThat(result.verdict()).isEqualTo(Verdict.DIVERGE);
        assertThat(result.conflicts())
                .singleElement()
                .satisfies(c -> assertThat(c.changes())
                        .containsExactly(new WordChange(WordChange.Type.REPLACED, "tomorrow", "today")));
    }

    @Test
    void listsWordsMissingAtAnEndWhenTheyAreNotAWholeSentence() {
        ClaimResult result = Judge.judge(
                CLAIM,
                List.of(
                        quote("news/a.txt", "We start again tomorrow, with the army"),
                        quote("news/b.txt", "we start again today, with the army and the navy")));

        assertThat(result.conflicts())
                .singleElement()
                .satisfies(c -> assertThat(c.changes())
                        .containsExactly(
                                new WordChange(WordChange.Type.REPLACED, "tomorrow", "today"),
                                new WordChange(WordChange.Type.ADDED, "", "and the navy")));
    }

    @Test
    void neverComparesTwoQuotesOfOneSource() {
        ClaimResult result = Judge.judge(
                CLAIM,
                List.of(
                        quote("news/a.txt", "the bridge is gone and we start again"),
                        quote("news/a.txt", "we start again tomorrow with the army"),
                        quote("news/b.txt", "The bridge is gone and we start again tomorrow with the army.")));

        assertThat(result.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(result.message())
                .isEqualTo("mayor.quote agrees: 3 mentions in 2 sources (one quote is part of another)");
    }

    @Test
    void leavesQuotesWithNoWordsInCommonUncompared() {
        ClaimResult result = Judge.judge(
                CLAIM,
                List.of(
                        quote("news/a.txt", "The bridge is gone."),
                        quote("news/b.txt", "Nobody was hurt when the water came.")));

        assertThat(result.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(result.message())
                .isEqualTo("mayor.quote agrees: 2 mentions in 2 sources (the sources quote different sentences, with"
                        + " no words in common to compare)");
    }

    @Test
    void comparesTwoTranslationsOfOneRemarkThatShareHalfTheirWords() {
        ClaimResult result = Judge.judge(
                CLAIM,
                List.of(
                        quote("news/a.txt", "The river took the bridge and the bridge took our hope"),
                        quote("news/b.txt", "The river won, the bridge lost, we lost hope")));

        assertThat(result.verdict()).isEqualTo(Verdict.DIVERGE);
    }

    private static Mention quote(String source, String words) {
        return new Mention(source, new Position(1, 1, 0), words, new Quoted(words, "Anne Diaz"), words);
    }
}
