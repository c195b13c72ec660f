package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.report.ConsoleReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SeedStoryTest {
    @Test
    void printsSeeds() {
        CheckResult result = FactCheck.load(Path.of("rules"), Path.of("..")).check();
        ConsoleReport.render(result).forEach(l -> System.out.println(l.text()));
        assertThat(result.claims()).isNotEmpty();
    }
}
