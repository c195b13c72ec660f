package dev.factcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke test: one small measurement, checked for its structure only, never for its speed. */
class ThroughputTest {
    @TempDir
    Path dir;

    @Test
    void measuresEveryWorkloadOnASmallCorpusAndDeletesIt() throws IOException {
        Options options = Options.parse("--sizes=0.1", "--runs=1", "--warmups=0", "--warmup-seconds=0", "--dir=" + dir);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        List<SizeResult> results = Throughput.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.files()).isEqualTo(2);
            assertThat(List.of(result.read(), result.extract(), result.check(), result.parallel()))
                    .extracting(Sample::workload)
                    .containsExactly(
                            "read",
                            "extract",
                            "check",
                            "check*" + Runtime.getRuntime().availableProcessors());
            assertThat(result.check().seconds())
                    .singleElement()
                    .satisfies(s -> assertThat(s).isPositive());
            assertThat(result.quantities()).isPositive();
            assertThat(result.verdicts()).startsWith("20 claims (20 with mentions), ");
        });
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .contains("size       files  workload  median s")
                .contains("| corpus | files | read MB/s |")
                .containsPattern(
                        "\\| 0\\.1 MB \\| 2 \\| [0-9]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| 1\\.00 \\|");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
