package dev.factcheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.api.FactCheck;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.source.Severity;
import dev.factcheck.source.SourceText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String RULES = """
            sources: [news/*.txt]
            claims:
              - {id: storm.toll, kind: count, near: [killed]}
            """;

    @Test
    void acceptsAKnownDivergenceSoThatItNoLongerFails() {
        CheckResult result = check("The storm killed 12 people.", "The storm killed 14 people.");
        Baseline baseline = Baseline.of(result, "second outlet corrected later", TODAY.plusDays(30));

        CheckResult applied = baseline.apply(result, TODAY);

        ClaimResult toll = applied.claim("storm.toll").orElseThrow();
        assertThat(toll.verdict()).isEqualTo(Verdict.DIVERGE);
        assertThat(toll.accepted()).contains(new Acceptance("second outlet corrected later", TODAY.plusDays(30)));
        assertThat(applied.problemsAtLeast(Severity.INFO)).isEmpty();
    }

    @Test
    void failsAgainWhenTheAcceptanceHasExpired() {
        CheckResult result = check("The storm killed 12 people.", "The storm killed 14 people.");
        Baseline baseline = Baseline.of(result, "known", TODAY.minusDays(1));

        ClaimResult toll = baseline.apply(result, TODAY).claim("storm.toll").orElseThrow();

        assertThat(toll.isFailing()).isTrue();
        assertThat(toll.message()).endsWith("(the baseline acceptance expired on 2026-11-22)");
    }

    @Test
    void failsAgainWhenTheEvidenceHasChanged() {
        Baseline baseline =
                Baseline.of(check("The storm killed 12 people.", "The storm killed 14 people."), "known", TODAY);

        ClaimResult toll = baseline.apply(check("The storm killed 12 people.", "The storm killed 19 people."), TODAY)
                .claim("storm.toll")
                .orElseThrow();

        assertThat(toll.isFailing()).isTrue();
        assertThat(toll.message())
                .endsWith("(the baseline accepted other evidence for this claim; it has changed since)");
    }

    @Test
    void keepsTheFingerprintWhenLinesMove() {
        ClaimResult first = check("The storm killed 12 people.", "The storm killed 14 people.")
                .claim("storm.toll")
                .orElseThrow();
        ClaimResult moved = check("A headline.\n\nThe storm killed 12 people.", "The storm killed 14 people.")
                .claim("storm.toll")
                .orElseThrow();

        assertThat(moved.fingerprint()).isEqualTo(first.fingerprint()).hasSize(32);
    }

    private static CheckResult check(String first, String second) {
        return new CheckResult(FactCheck.check(
                RuleParser.parse("rules/story.yaml", RULES).claims(),
                List.of(SourceText.of("news/a.txt", first), SourceText.of("news/b.txt", second))));
    }
}
