package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.report.ManyMentions;
import dev.factcheck.report.MentionsReport;
import dev.factcheck.report.ReportFormat;
import dev.factcheck.source.InputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report files are streamed to disk as they are produced; each must hold exactly the bytes of the format's
 * {@code render}, on the seeds, the invented stories and a generated result with many mentions.
 */
class StreamedReportFilesTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void eachStreamedFileHoldsTheUtf8BytesOfItsRenderedText(CheckResult result, @TempDir Path temp) throws IOException {
        List<Path> written = FactCheck.writeReports(result, ReportFormat.parse("all"), temp);

        assertThat(written).hasSize(5);
        for (ReportFormat format : ReportFormat.values()) {
            if (format.fileName().isPresent()) {
                Path file = temp.resolve(format.fileName().get());
                assertThat(Files.readAllBytes(file))
                        .as("%s", file.getFileName())
                        .isEqualTo(format.render(result).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void mentionsJsonHoldsTheUtf8BytesOfItsRenderedText(Path story, @TempDir Path temp) throws IOException {
        Extraction extraction = Extraction.read(List.of("sources/*.txt"), story);

        Path file = extraction.writeMentions(temp);

        assertThat(extraction.quantities()).isNotEmpty();
        assertThat(Files.readAllBytes(file))
                .isEqualTo(MentionsReport.render(extraction.quantities()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWriterThatFailsHalfWayLeavesTheOldFileAndNoTemporaryOne(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("report.json");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> OutputFile.write(file, out -> {
                    out.write("{ \"half\" : ");
                    throw new IOException("disk full");
                }))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": error: cannot write this file: IOException disk full");
        assertThatThrownBy(() -> OutputFile.write(file, out -> {
                    out.write("{ \"half\" : ");
                    throw new IllegalStateException("a renderer's bug");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(file).hasContent("old");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(file);
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> results() {
        List<org.junit.jupiter.params.provider.Arguments> results = new ArrayList<>();
        results.add(
                named("seeds", FactCheck.load(Path.of("rules"), Path.of("..")).check()));
        stories()
                .forEach(story -> results.add(named(
                        story.getFileName().toString(),
                        FactCheck.load(story.resolve("rules.yaml"), story).check())));
        // above the page's and the log's caps: 20 claims, 40,000 mentions in 60 sources
        results.add(named("many mentions", ManyMentions.result(20, 60, 2_000)));
        return results.stream();
    }

    private static org.junit.jupiter.params.provider.Arguments named(String name, CheckResult result) {
        return org.junit.jupiter.params.provider.Arguments.of(Named.of(name, result));
    }

    /** The invented story folders on the test class path, by name. */
    static Stream<Path> stories() {
        Path root;
        try {
            root = Path.of(Objects.requireNonNull(StreamedReportFilesTest.class.getResource("/dev/factcheck/stories"))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("rules.yaml"))).sorted().toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
