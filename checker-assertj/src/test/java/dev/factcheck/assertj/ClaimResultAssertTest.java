package dev.factcheck.assertj;

import static dev.factcheck.assertj.FactCheckAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.api.ClaimSpec;
import dev.factcheck.api.FactCheck;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each assertion on one claim's result, passing and failing, with its exact failure message. */
class ClaimResultAssertTest {
    private static final CheckResult RESULT = FactCheck.builder()
            .claim(ClaimSpec.count("storm.toll").near("killed", "died"))
            .claim(ClaimSpec.duration("mayors.talks").near("talks", "met"))
            .claim(ClaimSpec.duration("harbour.closure").near("closed"))
            .claim(ClaimSpec.count("storm.injured").near("injured"))
            .build()
            .checkTexts(
                    Map.of(
                            "a.txt",
                            "The storm killed at least 23 people.\nThe mayors met for 45 minutes.\n",
                            "b.txt",
                            "Officials said 23 people died.\nTheir talks lasted 20 minutes.\nThe harbour closed for two days.\n"));

    private static final String TALKS = """
            '20 minutes' (1,200 s (20 minutes)) at b.txt:2:20 cannot be true with '45 minutes' (2,700 s (45 minutes)) \
            at a.txt:2:20
            mentions:
              a.txt:2:20: '45 minutes'  <- conflicts
              b.txt:2:20: '20 minutes'  <- conflicts""";

    @Test
    void passesOnTheVerdictEachClaimHas() {
        assertThat(claim("storm.toll")).agrees();
        assertThat(claim("mayors.talks")).diverges();
        assertThat(claim("harbour.closure")).isSingleSource();
        assertThat(claim("storm.injured")).isNotFound();
    }

    @Test
    void agreesFailsOnADivergenceQuotingTheConflictingMentions() {
        assertThatThrownBy(() -> assertThat(claim("mayors.talks")).agrees())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting claim 'mayors.talks' to agree but it diverges: " + TALKS);
    }

    @Test
    void quotesAQuoteWordedApartWithTheWordsThatChanged() {
        ClaimResult quote = FactCheck.builder()
                .claim(ClaimSpec.quote("mayor.quote").speaker("Mayor Lee"))
                .build()
                .checkTexts(Map.of(
                        "a.txt", "\"We will rebuild every pier,\" Mayor Lee said.\n",
                        "b.txt", "\"We shall rebuild every pier,\" Mayor Lee said.\n"))
                .claim("mayor.quote")
                .orElseThrow();

        assertThatThrownBy(() -> assertThat(quote).agrees()).hasMessage("""
                        Expecting claim 'mayor.quote' to agree but it diverges: 'We shall rebuild every pier,' at \
                        b.txt:1:2 is worded differently from 'We will rebuild every pier,' at a.txt:1:2: 'will' → \
                        'shall'
                        mentions:
                          a.txt:1:2: 'We will rebuild every pier,'  <- conflicts
                          b.txt:1:2: 'We shall rebuild every pier,'  <- conflicts""");
    }

    @Test
    void quotesANameSpeltApart() {
        ClaimResult city = FactCheck.builder()
                .claim(ClaimSpec.name("summit.city").variants("Vladivostok"))
                .build()
                .checkTexts(Map.of(
                        "a.txt", "Leaders met in Vladivostok.\n",
                        "b.txt", "Leaders met in Vladivostock.\n"))
                .claim("summit.city")
                .orElseThrow();

        assertThatThrownBy(() -> assertThat(city).agrees()).hasMessage("""
                        Expecting claim 'summit.city' to agree but it diverges: 'Vladivostock' at b.txt:1:16 is not \
                        spelled as 'Vladivostok' at a.txt:1:16
                        mentions:
                          a.txt:1:16: 'Vladivostok'  <- conflicts
                          b.txt:1:16: 'Vladivostock'  <- conflicts""");
    }

    @Test
    void divergesFailsOnAnAgreementListingTheMentions() {
        assertThatThrownBy(() -> assertThat(claim("storm.toll")).diverges()).hasMessage("""
                        Expecting claim 'storm.toll' to diverge but it agrees: 2 mentions in 2 sources
                        mentions:
                          a.txt:1:18: 'at least 23'
                          b.txt:1:16: '23'""");
    }

    @Test
    void isSingleSourceFailsOnAClaimFoundNowhere() {
        assertThatThrownBy(() -> assertThat(claim("storm.injured")).isSingleSource())
                .hasMessage("Expecting claim 'storm.injured' to have mentions in one source only but it is not found"
                        + " in any source");
    }

    @Test
    void isNotFoundFailsOnAClaimInOneSource() {
        assertThatThrownBy(() -> assertThat(claim("harbour.closure")).isNotFound())
                .hasMessage("""
                        Expecting claim 'harbour.closure' to be found in no source but it has mentions in one source \
                        only: 1 mention in b.txt
                        mentions:
                          b.txt:3:24: 'two days'""");
    }

    @Test
    void countsMentionsAndTheSourcesTheyStandIn() {
        assertThat(claim("storm.toll")).hasMentionsIn(2).hasMentionCount(2);
        assertThat(claim("storm.injured")).hasMentionsIn(0).hasMentionCount(0);
    }

    @Test
    void hasMentionsInFailsNamingHowManySourcesMentionTheClaim() {
        assertThatThrownBy(() -> assertThat(claim("harbour.closure")).hasMentionsIn(2))
                .hasMessage("""
                        Expecting claim 'harbour.closure' to have mentions in 2 sources but it has mentions in 1
                        mentions:
                          b.txt:3:24: 'two days'""");
    }

    @Test
    void hasMentionCountFailsNamingHowManyMentionsThereAre() {
        assertThatThrownBy(() -> assertThat(claim("storm.injured")).hasMentionCount(1))
                .hasMessage("Expecting claim 'storm.injured' to have 1 mention but it has 0");
    }

    @Test
    void findsAMentionByItsTextAsWritten() {
        assertThat(claim("storm.toll")).hasMentionWithText("at least 23").hasMentionWithText("23");
    }

    @Test
    void hasMentionWithTextFailsListingTheMentionsThereAre() {
        assertThatThrownBy(() -> assertThat(claim("storm.toll")).hasMentionWithText("23 people"))
                .hasMessage("""
                        Expecting claim 'storm.toll' to have a mention written '23 people' but it has none
                        mentions:
                          a.txt:1:18: 'at least 23'
                          b.txt:1:16: '23'""");
        assertThatThrownBy(() -> assertThat(claim("storm.injured")).hasMentionWithText("3"))
                .hasMessage("Expecting claim 'storm.injured' to have a mention written '3' but it has no mentions");
    }

    @Test
    void prefixesTheDescriptionAsAssertjDoes() {
        assertThatThrownBy(() -> assertThat(claim("storm.toll")).as("wire copy").isNotFound())
                .hasMessageStartingWith("[wire copy] Expecting claim 'storm.toll' to be found in no source but it"
                        + " agrees: 2 mentions in 2 sources");
    }

    @Test
    void failsOnANullResultAsAssertjDoes() {
        assertThatThrownBy(() -> assertThat((ClaimResult) null).agrees())
                .hasMessageContaining("Expecting actual not to be null");
    }

    private static ClaimResult claim(String id) {
        return RESULT.claim(id).orElseThrow();
    }
}
