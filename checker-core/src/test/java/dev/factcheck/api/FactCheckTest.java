package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Verdict;
import dev.factcheck.extract.Mention;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import dev.factcheck.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files and sources loaded from disk: what is checked, what is bad input, and what is never touched. */
class FactCheckTest {
    private static final String RULES = """
            story: A storm hits the harbour towns
            sources:
              - ../news/*.txt
            claims:
              - id: storm.toll
                kind: count
                near: [killed, died]
              - id: mayors.talks
                kind: duration
                near: [talks, met]
            """;

    @TempDir
    Path project;

    @BeforeEach
    void writeAStory() throws IOException {
        write("rules/harbour.yaml", RULES);
        write("news/a.txt", "Storm update\n\nThe storm killed at least 23 people.\nThe mayors met for 45 minutes.\n");
        write("news/b.txt", "Officials said 23 people died.\nTheir talks lasted just 20 minutes.\n");
    }

    @Test
    void checksTheSourcesThatTheGlobsChoose() {
        CheckResult result = FactCheck.load(Path.of("rules"), project).check();

        assertThat(result.claims())
                .extracting(ClaimResult::id, ClaimResult::verdict)
                .containsExactly(tuple("storm.toll", Verdict.AGREE), tuple("mayors.talks", Verdict.DIVERGE));
        assertThat(result.claim("storm.toll").orElseThrow().mentions())
                .extracting(Mention::location)
                .containsExactly("news/a.txt:3:18", "news/b.txt:1:16");
        assertThat(result.claim("storm.toll").orElseThrow().claim().rulesFile()).isEqualTo("rules/harbour.yaml");
    }

    @Test
    void loadsASingleRuleFileAndFolderAlike() {
        FactCheck fromFile = FactCheck.load(Path.of("rules/harbour.yaml"), project);
        FactCheck fromFolder = FactCheck.load(project.resolve("rules"), project);

        assertThat(fromFile.ruleSet()).isEqualTo(fromFolder.ruleSet());
    }

    @Test
    void reportsAGlobThatMatchesNoFileAtItsPlaceInTheRuleFile() throws IOException {
        write("rules/harbour.yaml", RULES.replace("  - ../news/*.txt\n", "  - ../news/*.txt\n  - ../wires/*.txt\n"));

        InputException e = catchThrowableOfType(
                InputException.class,
                () -> FactCheck.load(Path.of("rules"), project).check());

        assertThat(e)
                .hasMessage("rules/harbour.yaml:4:5: error: sources glob '../wires/*.txt' matches no file (looked in"
                        + " rules)");
    }

    @Test
    void reportsAnInvalidGlobOnceOnOneLine() throws IOException {
        write("rules/harbour.yaml", RULES.replace("  - ../news/*.txt\n", "  - ../news/[ab.txt\n"));

        InputException e = catchThrowableOfType(
                InputException.class,
                () -> FactCheck.load(Path.of("rules"), project).check());

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.render())
                    .isEqualTo("rules/harbour.yaml:3:5: error: invalid sources glob '../news/[ab.txt': Missing ']");
            assertThat(p.render()).doesNotContain(project.toString()).doesNotContain("\n");
        });
    }

    @Test
    void reportsEveryBadSourceAndGlobInOneException() throws IOException {
        write("rules/harbour.yaml", RULES.replace("  - ../news/*.txt\n", "  - ../news/*.txt\n  - ../wires/*.txt\n"));
        Files.write(project.resolve("news/c.txt"), new byte[] {'a', '\n', 'b', 'c', 0, 'd'});
        Files.write(project.resolve("news/d.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9});

        InputException e = catchThrowableOfType(
                InputException.class,
                () -> FactCheck.load(Path.of("rules"), project).check());

        assertThat(e.problems())
                .extracting(Problem::render)
                .containsExactlyInAnyOrder(
                        "rules/harbour.yaml:4:5: error: sources glob '../wires/*.txt' matches no file (looked in"
                                + " rules)",
                        "news/c.txt:2:3: error: binary file (NUL byte): a source must be text",
                        "news/d.txt:1:4: error: not UTF-8 text (byte 0xE9): save the source as UTF-8");
        assertThat(e.getMessage().lines()).hasSize(3);
    }

    @Test
    void reportsTheProblemsOfEveryRuleFileBeforeStopping() throws IOException {
        write("rules/harbour.yaml", RULES.replace("near: [talks, met]", "neer: [talks, met]"));
        write("rules/more/wires.yml", """
                sources: [../../news/*.txt]
                claims:
                  - id: storm.wind
                    kind: cuont
                    near: [gusts]
                """);

        InputException e = catchThrowableOfType(InputException.class, () -> FactCheck.load(Path.of("rules"), project));

        assertThat(e.problems())
                .extracting(Problem::render)
                .containsExactly(
                        "rules/harbour.yaml:10:5: error: unknown key 'neer' in claim 'mayors.talks' (did you mean"
                                + " 'near'?)",
                        "rules/harbour.yaml:8:5: error: claim 'mayors.talks' has neither 'near' nor 'pattern' (add"
                                + " 'near' with the words that mark a mention)",
                        "rules/more/wires.yml:4:11: error: unknown kind 'cuont' in claim 'storm.wind' (did you mean"
                                + " 'count'?)");
    }

    @Test
    void reportsAClaimIdDeclaredInTwoRuleFiles() throws IOException {
        write("rules/wires.yaml", """
                sources: [../news/*.txt]
                claims:
                  - id: storm.toll
                    kind: count
                    near: [dead]
                """);

        InputException e = catchThrowableOfType(InputException.class, () -> FactCheck.load(Path.of("rules"), project));

        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.render())
                        .startsWith("rules/wires.yaml:3:5: error: ")
                        .contains("storm.toll")
                        .contains("rules/harbour.yaml:5:5"));
    }

    @Test
    void reportsARulesPathThatDoesNotExist() {
        InputException e = catchThrowableOfType(InputException.class, () -> FactCheck.load(Path.of("rulez"), project));

        assertThat(e)
                .hasMessage("rulez: error: no such rule file or folder (set the rules path, e.g."
                        + " -Dfactcheck.rules=rules)");
    }

    @Test
    void reportsARulesFolderWithoutRuleFiles() throws IOException {
        Files.createDirectories(project.resolve("empty"));
        write("empty/notes.txt", "nothing here");

        InputException e = catchThrowableOfType(InputException.class, () -> FactCheck.load(Path.of("empty"), project));

        assertThat(e).hasMessage("empty: error: no rule files (*.yaml, *.yml) in this folder");
    }

    @Test
    void neverWritesIntoSourcesOrRuleFiles() throws IOException, InterruptedException {
        Map<Path, Snapshot> before = snapshot();
        Thread.sleep(20);

        CheckResult result = FactCheck.load(Path.of("rules"), project).check();
        Path report = FactCheck.writeJsonReport(result, project.resolve("target/factcheck"));

        assertThat(snapshot()).isEqualTo(before);
        assertThat(report).isEqualTo(project.resolve("target/factcheck/report.json"));
        assertThat(report).isRegularFile();
    }

    @Test
    void leavesSourcesAndRulesAloneWhenTheInputIsBad() throws IOException {
        write("rules/harbour.yaml", RULES.replace("  - ../news/*.txt\n", "  - ../news/*.txt\n  - ../wires/*.txt\n"));
        Files.write(project.resolve("news/c.txt"), new byte[] {'a', 0});
        Map<Path, Snapshot> before = snapshot();

        assertThatThrownBy(() -> FactCheck.load(Path.of("rules"), project).check())
                .isInstanceOf(InputException.class);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void checksClaimsAgainstSourcesInMemory() {
        var claims = FactCheck.load(Path.of("rules"), project).ruleSet().claims();

        List<ClaimResult> results =
                FactCheck.check(claims, List.of(SourceText.of("memo", "The storm killed 7 people.")));

        assertThat(results).extracting(ClaimResult::verdict).containsExactly(Verdict.SINGLE_SOURCE, Verdict.NOT_FOUND);
    }

    /** A file's bytes (Base64, so that the record compares them by value) and its modification time. */
    private record Snapshot(String bytes, FileTime modified) {
        static Snapshot of(Path path) throws IOException {
            byte[] bytes = Files.isDirectory(path) ? new byte[0] : Files.readAllBytes(path);
            return new Snapshot(Base64.getEncoder().encodeToString(bytes), Files.getLastModifiedTime(path));
        }
    }

    /** Every file under {@code rules/} and {@code news/}, with its bytes and modification time. */
    private Map<Path, Snapshot> snapshot() throws IOException {
        Map<Path, Snapshot> files = new LinkedHashMap<>();
        for (String folder : new String[] {"rules", "news"}) {
            List<Path> paths = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(project.resolve(folder))) {
                walk.sorted().forEach(paths::add);
            }
            for (Path path : paths) {
                files.put(project.relativize(path), Snapshot.of(path));
            }
        }
        return files;
    }

    @Test
    void neverReadsItsOwnReportsWhenADoubleStarGlobClimbsOutOfTheRulesFolder() throws IOException {
        write("rules/harbour.yaml", RULES.replace("../news/*.txt", "'../**'"));
        write("target/factcheck/summary.md", "The storm killed 99 people.\n");
        write("out/report.txt", "The storm killed 98 people.\n");

        CheckResult byDefault = FactCheck.load(Path.of("rules"), project).check();
        CheckResult elsewhere = FactCheck.builder()
                .rules(Path.of("rules"))
                .workingDirectory(project)
                .outputDirectory(Path.of("out"))
                .build()
                .check();

        assertThat(byDefault.claim("storm.toll").orElseThrow().mentions())
                .extracting(Mention::source)
                .containsExactly("news/a.txt", "news/b.txt", "out/report.txt");
        assertThat(elsewhere.claim("storm.toll").orElseThrow().mentions())
                .extracting(Mention::source)
                .containsExactly("news/a.txt", "news/b.txt", "target/factcheck/summary.md");
    }

    @Test
    void showsASourceOutsideTheWorkingDirectoryRelativeToIt() {
        CheckResult result = FactCheck.load(Path.of("harbour.yaml"), project.resolve("rules"))
                .check();

        assertThat(result.claim("storm.toll").orElseThrow().mentions())
                .extracting(Mention::source)
                .containsExactly("../news/a.txt", "../news/b.txt");
    }

    private void write(String file, String text) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
