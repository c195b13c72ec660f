package dev.factcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.factcheck.quantity.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            time     | 10 minutes   | 600
            time     | half an hour | 1800
            time     | 90 seconds   | 90
            date     | 3 days       | 3
            date     | a week       | 7
            age      | 2 years      | 2
            age      | 6 months     | 0.5
            duration | 5 minutes    | 300
            distance | 2 km         | 2000
            """)
    void readsAToleranceWrittenInWordsInTheUnitItsKindIsHeldIn(String kind, String tolerance, double amount) {
        String yaml =
                "sources: [a.txt]\nclaims:\n  - {id: x, kind: " + kind + ", near: at, tolerance: " + tolerance + "}\n";

        Claim claim = RuleParser.parse(Fixtures.PATH, yaml).claims().get(0);

        assertThat(claim.tolerance().mode()).isEqualTo(Tolerance.Mode.ABSOLUTE);
        assertThat(claim.tolerance().amount()).isCloseTo(amount, within(1e-9));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            time     | 2 km       | a distance
            duration | 6:30 a.m.  | a time
            money    | 10 minutes | a duration
            """)
    void rejectsToleranceThatIsNoAmountOfItsKind(String kind, String tolerance, String read) {
        String yaml =
                "sources: [a.txt]\nclaims:\n  - {id: x, kind: " + kind + ", near: at, tolerance: " + tolerance + "}\n";

        var problems = Fixtures.problemsOf(yaml);

        assertThat(problems)
                .singleElement()
                .asString()
                .endsWith("in claim 'x' is not a " + kind + " (read: " + read + ")");
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
