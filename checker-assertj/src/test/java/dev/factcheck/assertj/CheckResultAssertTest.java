package dev.factcheck.assertj;

import static dev.factcheck.assertj.FactCheckAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.api.ClaimSpec;
import dev.factcheck.api.FactCheck;
import dev.factcheck.compare.CheckResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Assertions on a whole check's result, passing and failing, with their exact failure messages. */
class CheckResultAssertTest {
    private static final FactCheck CHECK = FactCheck.builder()
            .claim(ClaimSpec.count("storm.toll").near("killed", "died"))
            .claim(ClaimSpec.duration("mayors.talks").near("talks", "met"))
            .claim(ClaimSpec.count("storm.injured").near("injured"))
            .build();

    private static final CheckResult AGREEING = CHECK.checkTexts(Map.of(
            "a.txt", "The storm killed at least 23 people.\nThe mayors met for 45 minutes.\n",
            "b.txt", "Officials said 23 people died.\nTheir talks lasted 45 minutes.\n"));

    private static final CheckResult DIVERGING = CHECK.checkTexts(Map.of(
            "a.txt", "The storm killed at least 23 people.\nThe mayors met for 45 minutes.\n",
            "b.txt", "Officials said 12 people died.\nTheir talks lasted 20 minutes.\n"));

    @Test
    void hasNoDivergencesPassesWhenNoClaimDivergesWhateverElseIsMissing() {
        assertThat(AGREEING).hasNoDivergences();
    }

    @Test
    void hasNoDivergencesFailsQuotingEachDivergenceWithItsMentions() {
        assertThatThrownBy(() -> assertThat(DIVERGING).hasNoDivergences())
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expecting no divergences but 2 claims diverge:
                          storm.toll diverges: '12' (12) at b.txt:1:16 cannot be true with 'at least 23' (23 or more) \
                        at a.txt:1:18
                            a.txt:1:18: 'at least 23'  <- conflicts
                            b.txt:1:16: '12'  <- conflicts
                          mayors.talks diverges: '20 minutes' (1,200 s (20 minutes)) at b.txt:2:20 cannot be true with \
                        '45 minutes' (2,700 s (45 minutes)) at a.txt:2:20
                            a.txt:2:20: '45 minutes'  <- conflicts
                            b.txt:2:20: '20 minutes'  <- conflicts""");
    }

    @Test
    void hasDivergenceOnPassesOnADivergingClaim() {
        assertThat(DIVERGING).hasDivergenceOn("storm.toll").hasDivergenceOn("mayors.talks");
    }

    @Test
    void hasDivergenceOnFailsOnAnAgreeingClaimListingItsMentions() {
        assertThatThrownBy(() -> assertThat(AGREEING).hasDivergenceOn("mayors.talks"))
                .hasMessage("""
                        Expecting claim 'mayors.talks' to diverge but it agrees: 2 mentions in 2 sources
                        mentions:
                          a.txt:2:20: '45 minutes'
                          b.txt:2:20: '45 minutes'""");
    }

    @Test
    void claimLeadsToTheAssertionsOnOneClaim() {
        assertThat(AGREEING).claim("storm.toll").agrees().hasMentionsIn(2).hasMentionWithText("at least 23");
    }

    @Test
    void claimFailsOnAnUnknownIdListingTheClaimsThereAre() {
        assertThatThrownBy(() -> assertThat(AGREEING).claim("storm.tol"))
                .hasMessage("Expecting the result to have claim 'storm.tol' but its claims are: storm.toll,"
                        + " mayors.talks, storm.injured");
        assertThatThrownBy(() -> assertThat(AGREEING).hasDivergenceOn("storm.tol"))
                .hasMessageStartingWith("Expecting the result to have claim 'storm.tol'");
    }

    @Test
    void claimKeepsTheDescription() {
        assertThatThrownBy(() -> assertThat(AGREEING)
                        .as("harbour story")
                        .claim("storm.injured")
                        .agrees())
                .hasMessage("[harbour story] Expecting claim 'storm.injured' to agree but it is not found in any"
                        + " source");
    }
}
