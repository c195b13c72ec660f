package dev.factcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Problems with values written as figures: {@code tolerance} and {@code expected}. Exact messages and positions, as users see them. */
class QuantityValuesTest {
    @ParameterizedTest
    @ValueSource(strings = {"lots", "-5%", "5 %%", "-2", "a bit"})
    void rejectsToleranceInNoKnownForm(String tolerance) {
        String yaml =
                "sources: [a.txt]\nclaims:\n  - {id: x, kind: count, near: killed, tolerance: '" + tolerance + "'}\n";

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:3:51: error: invalid tolerance '" + tolerance + "' in claim 'x'"
                        + " (expected a percentage like '5%', a number like '2' or an amount with its unit like"
                        + " '5 minutes')");
    }

    @Test
    void rejectsToleranceOfAnotherDimension() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: x
                    kind: count
                    near: [killed]
                    tolerance: 5 minutes
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:6:16: error: tolerance '5 minutes' in claim 'x' is not a count (read: a duration)");
    }

    @Test
    void rejectsExpectedThatReadsAsNothing() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: meeting.length
                    kind: duration
                    near: [meeting]
                    expected: soon
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly("rules/a.yaml:6:15: error: expected 'soon' in claim 'meeting.length' is not a duration"
                        + " (read: nothing)");
    }

    @Test
    void rejectsExpectedOfAnotherDimension() {
        String yaml = """
                sources: [a.txt]
                claims:
                  - id: toll
                    kind: count
                    near: [killed]
                    expected: 55 minutes
                """;

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .containsExactly(
                        "rules/a.yaml:6:15: error: expected '55 minutes' in claim 'toll' is not a count (read: a duration)");
    }
}
