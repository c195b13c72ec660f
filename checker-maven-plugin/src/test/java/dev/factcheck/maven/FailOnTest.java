package dev.factcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.compare.CheckResult;
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
    void findsNoFailuresInAnEmptyResult(FailOn failOn) {
        CheckResult empty = new CheckResult(List.of());

        assertThat(failOn.failures(empty)).isEmpty();
    }
}
