package dev.factcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {
    private static final RuleFile FIRST = RuleParser.parse("rules/a.yaml", """
            sources: [a.txt]
            claims:
              - id: syria.death-toll
                kind: count
                near: [killed]
              - id: meeting.length
                kind: duration
                near: [meeting]
            """);

    private static final RuleFile SECOND = RuleParser.parse("rules/b.yaml", """
            sources: [b.txt]
            claims:
              - id: uprising.length
                kind: duration
                near: [uprising]
              - id: meeting.length
                kind: duration
                near: [talks]
            """);

    @Test
    void listsEveryClaimInFileOrder() {
        List<RuleFile> files = List.of(FIRST, RuleParser.parse("rules/c.yaml", """
                sources: [c.txt]
                claims:
                  - {id: uprising.length, kind: duration, near: uprising}
                """));

        RuleSet rules = RuleSet.of(files);

        assertThat(rules.files()).containsExactlyElementsOf(files);
        assertThat(rules.claims())
                .extracting(Claim::id)
                .containsExactly("syria.death-toll", "meeting.length", "uprising.length");
    }

    @Test
    void rejectsDuplicateClaimIdAcrossFilesAtTheSecondOccurrence() {
        List<RuleFile> files = List.of(FIRST, SECOND);

        InputException thrown = catchThrowableOfType(InputException.class, () -> RuleSet.of(files));

        assertThat(thrown.problems())
                .extracting(Problem::render)
                .containsExactly("rules/b.yaml:6:5: error: duplicate claim id 'meeting.length' (first declared at"
                        + " rules/a.yaml:6:5)");
    }

    @Test
    void reportsEveryDuplicateClaimId() {
        List<RuleFile> files = List.of(FIRST, SECOND, FIRST);

        InputException thrown = catchThrowableOfType(InputException.class, () -> RuleSet.of(files));

        assertThat(thrown.problems()).hasSize(3);
    }

    @Test
    void acceptsNoFiles() {
        List<RuleFile> files = List.of();

        RuleSet rules = RuleSet.of(files);

        assertThat(rules.claims()).isEmpty();
    }
}
