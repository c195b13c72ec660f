package dev.factcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Problems with a claim as a whole: its id, its kind, what marks its mentions. Exact messages and positions, as users see them. */
class ClaimReaderTest {
    private static final String KINDS =
            "count, number, duration, distance, mass, area, volume, speed, temperature, money, percentage, age, date, time, ratio, ordinal, quote, name";

    @Test
    void rejectsClaimWithoutKind() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    near: [killed]
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:5: error: claim 'x' has no 'kind' (expected one of: " + KINDS + ")");
    }

    @Test
    void rejectsClaimWithoutIdNamingItByNumber() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    near: [killed]
                  - kind: count
                    near: [dead]
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems).containsExactly("rules/a.yaml:6:5: error: claim #2 has no 'id'");
    }

    @Test
    void rejectsUnknownKindWithSuggestion() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: cuont
                    near: [killed]
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:4:11: error: unknown kind 'cuont' in claim 'x' (did you mean 'count'?)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Meeting", "-x", "a b", "élan"})
    void rejectsInvalidClaimId(String id) {
        String yaml = "sources: [a.txt]\nclaims:\n  - id: '" + id + "'\n    kind: count\n    near: killed\n";

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:9: error: invalid claim id '" + id
                        + "' (use lower-case letters, digits, '.', '-' and '_', starting with a letter or digit)");
    }

    @Test
    void rejectsClaimWithNeitherNearNorPattern() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:5: error: claim 'x' has neither 'near' nor 'pattern' (add 'near'"
                        + " with the words that mark a mention)");
    }

    @Test
    void rejectsClaimThatIsNotMapping() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - meeting.length
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:5: error: claim #1 must be a mapping of claim keys, found"
                        + " 'meeting.length'");
    }

    @Test
    void rejectsDuplicateClaimIdInOneFile() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    near: [killed]
                  - id: x
                    kind: count
                    near: [dead]
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:6:5: error: duplicate claim id 'x' (first declared at rules/a.yaml:3:5)");
    }
}
