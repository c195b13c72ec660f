package dev.factcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.api.GateOutcome;
import dev.factcheck.source.Severity;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FailOnTest {
    @ParameterizedTest
    @CsvSource({"error, ERROR", "warning, WARNING", "info, INFO", "none, NONE", "' Warning ', WARNING", "NONE, NONE"})
    void readsEveryAllowedValueIgnoringCaseAndBlanks(String value, FailOn expected) throws MojoFailureException {
        FailOn parsed = FailOn.parse(value);

        assertThat(parsed).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"fatal", "errors", "''", "true"})
    void rejectsAnyOtherValueListingTheAllowedOnes(String value) {
        assertThatThrownBy(() -> FailOn.parse(value))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("factcheck: failOn '" + value + "' is not one of: error, warning, info, none"
                        + " (set <failOn> or -Dfactcheck.failOn to one of them)");
    }

    @ParameterizedTest
    @EnumSource(FailOn.class)
    void findsNoFailuresInAnOutcomeWithoutProblems(FailOn failOn) {
        GateOutcome empty = new GateOutcome(List.of(), List.of(), List.of(), false);

        assertThat(failOn.failures(empty)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"error, a", "warning, a b", "info, a b c", "none, ''"})
    void failsOnTheProblemsAtTheThresholdOrMoreSeriousInRuleFileOrder(String value, String expected)
            throws MojoFailureException {
        GateOutcome outcome = new GateOutcome(
                List.of(),
                List.of(),
                List.of(
                        new GateOutcome.ClaimProblem("a", Severity.ERROR),
                        new GateOutcome.ClaimProblem("b", Severity.WARNING),
                        new GateOutcome.ClaimProblem("c", Severity.INFO)),
                false);

        assertThat(String.join(" ", FailOn.parse(value).failures(outcome))).isEqualTo(expected);
    }
}
