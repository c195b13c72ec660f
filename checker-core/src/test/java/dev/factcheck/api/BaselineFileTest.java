package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.compare.Baseline;
import dev.factcheck.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {
    @Test
    void readsBackWhatItWrites(@TempDir Path dir) {
        Baseline baseline = new Baseline(List.of(
                new Baseline.Entry("storm.toll", "0a1b2c", "a \"corrected\" figure", LocalDate.of(2027, 1, 31))));

        Path file = BaselineFile.write(baseline, dir.resolve("factcheck-baseline.yaml"));

        assertThat(BaselineFile.read(file, "factcheck-baseline.yaml")).isEqualTo(baseline);
    }

    @Test
    void reportsEveryProblemWithItsPosition(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("b.yaml");
        Files.writeString(file, """
                accepted:
                  - claim: storm.toll
                    fingerprint: 0a1b
                    reason: known
                    expires: next year
                  - claim: storm.hours
                    reson: typo
                """);

        assertThatThrownBy(() -> BaselineFile.read(file, "b.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessage("b.yaml:5:14: error: expires must be a date such as 2027-01-31, found 'next year'\n"
                        + "b.yaml:7:5: error: unknown or malformed key 'reson' (expected one of: claim, fingerprint,"
                        + " reason, expires)\n"
                        + "b.yaml:6:5: error: accepted divergence without fingerprint, reason, expires");
    }

    @Test
    void saysAMissingBaselineIsMissingAndHowToWriteOne(@TempDir Path dir) {
        Path missing = dir.resolve("accepted.yaml");

        assertThatThrownBy(() -> BaselineFile.read(missing, "accepted.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessage("accepted.yaml: error: no such baseline file: write one with the baseline goal"
                        + " (mvn factcheck:baseline), or name another with -Dfactcheck.baseline");
    }
}
