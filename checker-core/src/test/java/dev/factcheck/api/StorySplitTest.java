package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.report.JsonReport;
import dev.factcheck.source.InputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A story extracted in parts of its sources and combined reports the bytes of its whole check. */
class StorySplitTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void theInventedStoriesCombinedFromPartsReportAsTheirCheck(int perPart) throws IOException, URISyntaxException {
        Path root = Path.of(
                StorySplitTest.class.getResource("/dev/factcheck/stories").toURI());
        try (Stream<Path> folders = Files.list(root)) {
            for (Path story : folders.filter(f -> Files.isRegularFile(f.resolve("rules.yaml")))
                    .sorted()
                    .toList()) {
                assertThat(split(story, perPart)).as(story.toString()).isEqualTo(whole(story));
            }
        }
    }

    @Test
    void sourcesBeforeTheFirstYearTakeItFromALaterPart() throws IOException {
        for (int i = 0; i < 6; i++) {
            String year = i == 4 ? " in 2019" : "";
            write("sources/" + i + ".txt", "The summit opened on June 3" + year + ".\n");
        }
        write("rules.yaml", """
                sources: [sources/*.txt]
                claims:
                  - id: summit.opening
                    kind: date
                    near: [summit opened]
                """);

        String split = split(dir, 2);

        assertThat(split).isEqualTo(whole(dir)).contains("\"min\" : \"2019-06-03\"");
    }

    @Test
    void aClaimKeepsTheLinesOfItsFirstMentionsAcrossParts() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 130; i++) {
            text.append("The storm killed ").append(i + 3).append(" people.\n\n");
        }
        for (int f = 0; f < 9; f++) {
            write("sources/" + f + ".txt", text.toString());
        }
        write("rules.yaml", """
                sources: [sources/*.txt]
                claims:
                  - id: toll
                    kind: count
                    near: [killed]
                """);

        String split = split(dir, 4);

        assertThat(split).isEqualTo(whole(dir));
        assertThat(FactCheck.load(dir.resolve("rules.yaml"), dir)
                        .split()
                        .extract(List.of(dir.resolve("sources/0.txt")), java.util.OptionalInt.empty())
                        .mentions()
                        .get("toll"))
                .hasSize(130);
    }

    @Test
    void combiningPartsWithAnUnreadableSourceFailsAsTheCheckDoes() throws IOException {
        write("sources/a.txt", "The storm killed 3 people.\n");
        Files.write(dir.resolve("sources/b.txt"), new byte[] {0, 1, 2});
        write("rules.yaml", """
                sources: [sources/*.txt]
                claims:
                  - id: toll
                    kind: count
                    near: [killed]
                """);
        StorySplit split = FactCheck.load(dir.resolve("rules.yaml"), dir).split();
        List<StoryPart> parts = split.sources().stream()
                .map(file -> split.extract(List.of(file), split.year(split.sources())))
                .map(part -> StoryPart.fromBytes(part.toBytes()))
                .toList();
        InputException expected =
                catchInput(() -> FactCheck.load(dir.resolve("rules.yaml"), dir).check());

        assertThatThrownBy(() -> split.combine(parts))
                .isInstanceOf(InputException.class)
                .hasMessage(expected.getMessage());
    }

    @Test
    void aPartsBytesGiveAnEqualPart() throws IOException, URISyntaxException {
        Path story = Path.of(
                StorySplitTest.class.getResource("/dev/factcheck/stories").toURI());
        Path first;
        try (Stream<Path> folders = Files.list(story)) {
            first = folders.filter(f -> Files.isRegularFile(f.resolve("rules.yaml")))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        StorySplit split = FactCheck.load(first.resolve("rules.yaml"), first).split();
        StoryPart part = split.extract(split.sources(), split.year(split.sources()));

        assertThat(StoryPart.fromBytes(part.toBytes())).isEqualTo(part);
        assertThat(part.mentions().values().stream().mapToInt(List::size).sum()).isPositive();
    }

    @Test
    void refusesBytesThatAreNotAPart() {
        assertThatThrownBy(() -> StoryPart.fromBytes(new byte[] {0, 0, 0, 1, 0, 0, 0, 9, 'x'}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not the bytes of a story part: ");
    }

    @Test
    void refusesToSplitACheckOfSeveralRuleFiles() throws IOException {
        write("a.yaml", "sources: [a.txt]\nclaims:\n  - id: a\n    kind: count\n    near: [killed]\n");
        write("b.yaml", "sources: [a.txt]\nclaims:\n  - id: b\n    kind: count\n    near: [killed]\n");
        FactCheck check = FactCheck.load(dir, dir);

        assertThatThrownBy(check::split)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("only a check of one rule file can be split by source, this one has 2 rule files or claims"
                        + " declared in code");
    }

    private static InputException catchInput(Runnable check) {
        try {
            check.run();
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("the check did not fail");
    }

    /** The story's report from parts of {@code perPart} sources, as a worker each would extract them. */
    private static String split(Path story, int perPart) {
        StorySplit split = FactCheck.load(story.resolve("rules.yaml"), story).split();
        List<Path> sources = split.sources();
        java.util.OptionalInt year = split.year(sources);
        List<StoryPart> parts = new ArrayList<>();
        for (int from = 0; from < sources.size(); from += perPart) {
            List<Path> run = sources.subList(from, Math.min(sources.size(), from + perPart));
            StoryPart part =
                    FactCheck.load(story.resolve("rules.yaml"), story).split().extract(run, year);
            // as a runner carries it to the worker that combines the story
            parts.add(StoryPart.fromBytes(part.toBytes()));
        }
        CheckResult combined = split.combine(parts);
        return JsonReport.render(combined);
    }

    private static String whole(Path story) {
        return JsonReport.render(
                FactCheck.load(story.resolve("rules.yaml"), story).check());
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }
}
