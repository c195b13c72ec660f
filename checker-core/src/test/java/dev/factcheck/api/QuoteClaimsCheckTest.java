package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Verdict;
import dev.factcheck.extract.Mention;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quote claims checked end to end through the builder, on short invented stories. */
class QuoteClaimsCheckTest {
    @Test
    void findsAnOrganisationAndADescribedSpeakerQuotedInSeveralSources() {
        FactCheck check = FactCheck.builder()
                .claim(ClaimSpec.quote("agency.quote").speaker("Metro Transit").near("tunnel"))
                .claim(ClaimSpec.quote("ministry.quote").speaker("the ministry").near("fares"))
                .build();

        ClaimResult agency = check.checkTexts(Map.of(
                        "a.txt",
                        "\"The tunnel reopens on Friday,\" Metro Transit said in a statement.",
                        "b.txt",
                        "Metro Transit wrote: \"The tunnel reopens on Friday.\""))
                .claim("agency.quote")
                .orElseThrow();
        ClaimResult ministry = check.checkTexts(Map.of(
                        "a.txt", "\"Fares will not rise this year,\" a spokesman for the ministry said.",
                        "b.txt", "The ministry said: \"Fares will not rise next year.\""))
                .claim("ministry.quote")
                .orElseThrow();

        assertThat(agency.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(ministry.verdict()).isEqualTo(Verdict.DIVERGE);
        assertThat(ministry.mentions()).extracting(Mention::location).containsExactly("a.txt:1:2", "b.txt:1:21");
    }

    @Test
    void findsAPersonNamedWithTitlesInitialsAndDegrees() {
        FactCheck check = FactCheck.builder()
                .claim(ClaimSpec.quote("vos.quote").speaker("Lena Vos").near("bridge"))
                .build();

        ClaimResult result = check.checkTexts(Map.of(
                        "a.txt",
                        "\"The bridge is safe.\" – Dr. Lena K. Vos, M.D.\n\nThe bridge reopened.",
                        "b.txt",
                        "\"The bridge is safe,\" said Port Authority Director Dr. Lena Vos, M.D."))
                .claim("vos.quote")
                .orElseThrow();

        assertThat(result.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(result.mentions()).hasSize(2);
    }
}
