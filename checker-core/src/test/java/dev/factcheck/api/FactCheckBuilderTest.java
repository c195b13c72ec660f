package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Verdict;
import dev.factcheck.extract.Mention;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Position;
import dev.factcheck.source.Problem;
import dev.factcheck.source.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks declared in code with {@link FactCheck#builder()}, run on paths and on texts. */
class FactCheckBuilderTest {
    private static final String STORM = "The storm killed at least 23 people.\nThe mayors met for 45 minutes.\n";
    private static final String WIRE = "Officials said 23 people died.\nTheir talks lasted just 20 minutes.\n";

    @TempDir
    Path project;

    @BeforeEach
    void writeAStory() throws IOException {
        write("news/a.txt", STORM);
        write("news/b.txt", WIRE);
        write("rules/harbour.yaml", """
                sources: [../news/*.txt]
                claims:
                  - id: storm.toll
                    kind: count
                    near: [killed, died]
                """);
    }

    @Test
    void checksClaimsDeclaredInCodeAgainstTexts() {
        FactCheck check = FactCheck.builder()
                .claim(ClaimSpec.count("storm.toll").near("killed", "died"))
                .claim(ClaimSpec.duration("mayors.talks").near("talks", "met").tolerance("5%"))
                .build();

        CheckResult result = check.checkTexts(Map.of("b.txt", WIRE, "a.txt", STORM));

        assertThat(result.claims())
                .extracting(ClaimResult::id, ClaimResult::verdict)
                .containsExactly(tuple("storm.toll", Verdict.AGREE), tuple("mayors.talks", Verdict.DIVERGE));
        assertThat(result.claim("storm.toll").orElseThrow().mentions())
                .extracting(Mention::location)
                .containsExactly("a.txt:1:18", "b.txt:1:16");
        assertThat(result.divergences()).extracting(ClaimResult::id).containsExactly("mayors.talks");
    }

    @Test
    void readsAClaimInCodeExactlyAsTheSameClaimInARuleFile() {
        Claim inCode = FactCheck.builder()
                .claim(ClaimSpec.duration("mayors.talks")
                        .description("How long the mayors met")
                        .near("talks", "met*")
                        .without("planned")
                        .within(12)
                        .tolerance("5 minutes")
                        .expected("about 45 minutes")
                        .severity(Severity.WARNING))
                .build()
                .ruleSet()
                .claims()
                .get(0);

        Claim inFile = RuleParser.parse("rules.yaml", """
                        sources: [x]
                        claims:
                          - id: mayors.talks
                            description: How long the mayors met
                            kind: duration
                            near: [talks, met*]
                            without: [planned]
                            within: 12
                            tolerance: 5 minutes
                            expected: about 45 minutes
                            severity: warning
                        """).claims().get(0);

        assertThat(inCode)
                .usingRecursiveComparison()
                .ignoringFields("rulesFile", "position")
                .isEqualTo(inFile);
    }

    @Test
    void showsClaimsInCodeAsDeclaredInTheBuilderAtTheirNumber() {
        FactCheck check = FactCheck.builder()
                .claim(ClaimSpec.count("storm.toll").near("killed"))
                .claim(ClaimSpec.count("storm.injured").near("injured"))
                .build();

        ClaimResult missing =
                check.checkTexts(Map.of("a.txt", STORM)).claim("storm.injured").orElseThrow();

        assertThat(missing.claim().rulesFile()).isEqualTo("FactCheck.builder()");
        assertThat(missing.claim().position()).isEqualTo(Position.of(2, 1));
        assertThat(missing.verdict()).isEqualTo(Verdict.NOT_FOUND);
    }

    @Test
    void reportsEveryBadClaimWithTheRuleFileMessages() {
        FactCheckBuilder builder = FactCheck.builder()
                .claim(ClaimSpec.count("storm.toll").near("killed"))
                .claim(ClaimSpec.of("cuont", "apec.size").near("economies"))
                .claim(ClaimSpec.duration("mayors.talks")
                        .near("talks")
                        .tolerance("5 parsecs")
                        .within(0))
                .claim(ClaimSpec.count("storm.damage"));

        InputException e = catchThrowableOfType(InputException.class, builder::build);

        assertThat(e.problems())
                .extracting(Problem::render)
                .containsExactly(
                        "FactCheck.builder():2:1: error: unknown kind 'cuont' in claim 'apec.size' (did you mean"
                                + " 'count'?)",
                        "FactCheck.builder():3:1: error: 'within' in claim 'mayors.talks' must be 'sentence' or a"
                                + " positive number of words, found '0'",
                        "FactCheck.builder():3:1: error: tolerance '5 parsecs' in claim 'mayors.talks' is not a"
                                + " duration (read: a number)",
                        "FactCheck.builder():4:1: error: claim 'storm.damage' has neither 'near' nor 'pattern' (add"
                                + " 'near' with the words that mark a mention)");
    }

    @Test
    void reportsAClaimIdTakenTwice() {
        FactCheckBuilder builder = FactCheck.builder()
                .claim(ClaimSpec.count("storm.toll").near("killed"))
                .claim(ClaimSpec.count("storm.toll").near("died"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(InputException.class)
                .hasMessage("FactCheck.builder():2:1: error: duplicate claim id 'storm.toll' (first declared at"
                        + " FactCheck.builder():1:1)");
    }

    @Test
    void reportsAClaimIdTakenByARuleFileAndInCode() {
        FactCheckBuilder builder = FactCheck.builder()
                .workingDirectory(project)
                .rules(Path.of("rules"))
                .claim(ClaimSpec.count("storm.toll").near("died"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(InputException.class)
                .hasMessage("FactCheck.builder():1:1: error: duplicate claim id 'storm.toll' (first declared at"
                        + " rules/harbour.yaml:3:5)");
    }

    @Test
    void checksRuleFilesAndClaimsInCodeTogetherOnPaths() {
        FactCheck check = FactCheck.builder()
                .workingDirectory(project)
                .rules(Path.of("rules"))
                .claim(ClaimSpec.duration("mayors.talks").near("talks", "met"))
                .build();

        CheckResult fromFolder = check.check(Path.of("news"));
        CheckResult fromFiles = check.check(Path.of("news/a.txt"), project.resolve("news/b.txt"));

        assertThat(fromFolder.claims())
                .extracting(ClaimResult::id, ClaimResult::verdict)
                .containsExactly(tuple("storm.toll", Verdict.AGREE), tuple("mayors.talks", Verdict.DIVERGE));
        assertThat(fromFiles).isEqualTo(fromFolder);
        assertThat(fromFolder.claim("mayors.talks").orElseThrow().mentions())
                .extracting(Mention::location)
                .containsExactly("news/a.txt:2:20", "news/b.txt:2:25");
    }

    @Test
    void checksRuleFilesAloneOnTheirOwnGlobsAsLoadDoes() {
        FactCheck built = FactCheck.builder()
                .workingDirectory(project)
                .rules(Path.of("rules"))
                .build();

        CheckResult result = built.check();

        assertThat(result).isEqualTo(FactCheck.load(Path.of("rules"), project).check());
    }

    @Test
    void refusesToCheckClaimsInCodeOnGlobsTheyDoNotHave() {
        FactCheck check = FactCheck.builder()
                .claim(ClaimSpec.count("storm.toll").near("killed"))
                .build();

        assertThatThrownBy(check::check)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("claims declared in code have no sources of their own: pass them to check(Path...) or"
                        + " checkTexts(Map)");
    }

    @Test
    void skipsHiddenFilesInASourceFolder() throws IOException {
        Files.write(project.resolve("news/.DS_Store"), new byte[] {0, 1, 2});
        write("news/.drafts/c.txt", "The storm killed 40 people.\n");
        FactCheck check = FactCheck.builder()
                .workingDirectory(project)
                .claim(ClaimSpec.count("storm.toll").near("killed", "died"))
                .build();

        CheckResult result = check.check(Path.of("news"));

        assertThat(result.claim("storm.toll").orElseThrow().mentions())
                .extracting(Mention::source)
                .containsExactly("news/a.txt", "news/b.txt");
    }

    @Test
    void reportsEverySourcePathThatCannotBeRead() throws IOException {
        Files.write(project.resolve("news/c.txt"), new byte[] {'a', 0});
        Files.createDirectories(project.resolve("empty"));
        FactCheck check = FactCheck.builder()
                .workingDirectory(project)
                .claim(ClaimSpec.count("storm.toll").near("killed"))
                .build();

        InputException e = catchThrowableOfType(
                InputException.class, () -> check.check(Path.of("news"), Path.of("wires.txt"), Path.of("empty")));

        assertThat(e.problems())
                .extracting(Problem::render)
                .containsExactly(
                        "wires.txt: error: no such source file or folder",
                        "empty: error: no source files in this folder",
                        "news/c.txt:1:2: error: binary file (NUL byte): a source must be text");
    }

    @Test
    void refusesASourceOverTheChosenSizeLimitNamingItAndTheLimit() throws IOException {
        write("news/long.txt", "The storm killed 40 people. ".repeat(10));
        FactCheck check = FactCheck.builder()
                .workingDirectory(project)
                .maxSourceBytes(100)
                .claim(ClaimSpec.count("storm.toll").near("killed"))
                .build();

        InputException e = catchThrowableOfType(InputException.class, () -> check.check(Path.of("news/long.txt")));

        assertThat(e)
                .hasMessage("news/long.txt: error: source is too large: 280 bytes (the limit is 100 bytes; raise it"
                        + " with -Dfactcheck.maxSourceBytes=<bytes> or FactCheck.builder().maxSourceBytes(...))");
    }

    @Test
    void refusesASizeLimitBelowOneByte() {
        assertThatThrownBy(() -> FactCheck.builder().maxSourceBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxSourceBytes must be at least 1, was 0");
    }

    @Test
    void refusesToBuildNothing() {
        assertThatThrownBy(() -> FactCheck.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("nothing to check: declare claims with claim(...) or add rule files with rules(...)");
    }

    private void write(String file, String text) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
