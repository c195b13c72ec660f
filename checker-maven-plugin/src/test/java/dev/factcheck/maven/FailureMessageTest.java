package dev.factcheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailureMessageTest {
    @Test
    void namesTheOneFailedClaimAndTheReport() {
        String message = FailureMessage.of(List.of("meeting.length"), "target/factcheck/report.json");

        assertThat(message)
                .isEqualTo("factcheck: 1 claim failed the check: meeting.length (see target/factcheck/report.json)");
    }

    @Test
    void countsAndListsSeveralFailedClaimsInOrder() {
        String message = FailureMessage.of(List.of("a.one", "b.two", "c.three"), "out/report.json");

        assertThat(message)
                .isEqualTo("factcheck: 3 claims failed the check: a.one, b.two, c.three (see out/report.json)");
    }
}
