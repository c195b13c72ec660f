package dev.factcheck.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import dev.factcheck.api.FactCheck;
import dev.factcheck.compare.Acceptance;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Verdict;
import dev.factcheck.report.JsonReport;
import dev.factcheck.report.SarifReport;
import dev.factcheck.rules.ClaimKind;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report.json the stories below (and, where present, the shared news stories) produce is valid against the
 * schema shipped in the jar and uses only the fields it documents, and every report.sarif against the official SARIF
 * 2.1.0 schema.
 */
class ReportSchemasTest {
    private static final Path PROJECT = Path.of("..");
    private static final JsonSchema REPORT = JsonSchemas.draft7(JsonSchemas.tree(JsonSchemas.REPORT));
    private static final JsonSchema DOCUMENTED =
            JsonSchemas.draft7(JsonSchemas.strict(JsonSchemas.tree(JsonSchemas.REPORT)));
    private static final JsonSchema SARIF = JsonSchemas.sarif();

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void reportJsonIsValidAndUsesOnlyDocumentedFields(String story, CheckResult result) {
        String json = JsonReport.render(result);

        assertThat(JsonSchemas.problems(REPORT, json))
                .as("report.json of %s", story)
                .isEmpty();
        assertThat(JsonSchemas.problems(DOCUMENTED, json))
                .as("undocumented fields in %s", story)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void reportSarifIsValidSarif210(String story, CheckResult result) {
        String sarif = SarifReport.render(result);

        assertThat(JsonSchemas.problems(SARIF, sarif))
                .as("report.sarif of %s", story)
                .isEmpty();
    }

    @Test
    void theNewsStoriesReportsAreValidToo() throws IOException {
        for (Path rules : RulesSchemaTest.newsRuleFiles()) {
            CheckResult result = FactCheck.load(rules, rules.getParent()).check();

            assertThat(JsonSchemas.problems(DOCUMENTED, JsonReport.render(result)))
                    .as("report.json of %s", rules.getParent())
                    .isEmpty();
            assertThat(JsonSchemas.problems(SARIF, SarifReport.render(result)))
                    .as("report.sarif of %s", rules.getParent())
                    .isEmpty();
        }
    }

    @Test
    void theStoriesCoverEveryKindOfMentionAndConflict() {
        String all = String.join(
                "\n",
                stories().map(a -> JsonReport.render((CheckResult) a.get()[1])).toList());

        assertThat(all).contains("\"speaker\"", "\"listed\"", "\"spelling\" : \"near-miss\"", "\"changes\"");
        assertThat(all).contains("\"accepted\"", "\"verdict\" : \"NOT_FOUND\"", "\"verdict\" : \"SINGLE_SOURCE\"");
        assertThat(all).contains("\"source\" : \"rules/story.yaml\"", "\"max\" : null");
    }

    @Test
    void rejectsAReportMissingARequiredField() {
        JsonNode report = json(JsonReport.render(seed()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) report.get("claims").get(0)).remove("verdict");

        assertThat(JsonSchemas.problems(REPORT, report))
                .containsExactly("/claims/0: required property 'verdict' not found");
    }

    @Test
    void theSarifSchemaRejectsALocationWithoutALine() {
        JsonNode sarif = json(SarifReport.render(changedSeed()));
        JsonNode region = sarif.at("/runs/0/results/0/locations/0/physicalLocation/region");
        ((com.fasterxml.jackson.databind.node.ObjectNode) region).put("startLine", 0);

        assertThat(JsonSchemas.problems(SARIF, sarif))
                .containsExactly("/runs/0/results/0/locations/0/physicalLocation/region/startLine: must have a minimum"
                        + " value of 1");
    }

    @Test
    void listsEveryKindAndVerdict() {
        JsonNode claim = JsonSchemas.tree(JsonSchemas.REPORT).at("/definitions/claim/properties");

        assertThat(texts(claim.at("/kind/enum"))).containsExactlyElementsOf(ClaimKind.NAMES);
        assertThat(texts(claim.at("/verdict/enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(Verdict.values()).map(Verdict::name).toList());
    }

    static Stream<Arguments> stories() {
        List<Arguments> stories = new ArrayList<>();
        stories.add(Arguments.of("the seed story", seed()));
        stories.add(Arguments.of("the seed story with a changed copy", changedSeed()));
        stories.add(Arguments.of("names, quotes, an expected value", inMemory()));
        stories.add(Arguments.of("an accepted divergence", accepted(changedSeed())));
        return stories.stream();
    }

    private static CheckResult seed() {
        return FactCheck.load(Path.of("rules"), PROJECT).check();
    }

    private static CheckResult changedSeed() {
        try {
            Path project = Files.createTempDirectory("factcheck-schema");
            for (String folder : new String[] {"rules", "seeds"}) {
                Files.createDirectories(project.resolve(folder));
                try (Stream<Path> files = Files.list(PROJECT.resolve(folder))) {
                    for (Path file : files.toList()) {
                        Files.copy(file, project.resolve(folder).resolve(file.getFileName()));
                    }
                }
            }
            String changed = Files.readString(project.resolve("seeds/000_467d30aa3cf9fbd8.txt"))
                    .replace("at least 23,000", "about 19,000")
                    .replace("55-minute", "20-minute");
            Files.writeString(project.resolve("seeds/zz-changed.txt"), changed, StandardCharsets.UTF_8);
            return FactCheck.load(Path.of("rules"), project).check();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static CheckResult inMemory() {
        String rules = """
                sources: [../news/*.txt]
                claims:
                  - {id: host.city, kind: name, expected: Vladivostok}
                  - {id: storm.toll, kind: count, near: [killed], expected: at least 25}
                  - {id: storm.hours, kind: duration, near: [lashed]}
                  - {id: storm.rain, kind: distance, near: [rain]}
                  - {id: mayor.quote, kind: quote, speaker: Anne Diaz, near: [bridge]}
                """;
        List<SourceText> sources = List.of(SourceText.of("news/a.txt", """
                        Leaders met in Vladivostok on Monday. The storm killed 23 people.
                        "We will rebuild the bridge," said Anne Diaz. It dropped 30 mm of rain.
                        """), SourceText.of("news/b.txt", """
                        Leaders met in Vladivostock on Monday. The storm killed at least 25 people.
                        "We must rebuild the old bridge," Anne Diaz said.
                        """));
        return new CheckResult(
                FactCheck.check(RuleParser.parse("rules/story.yaml", rules).claims(), sources));
    }

    private static CheckResult accepted(CheckResult result) {
        Acceptance acceptance = new Acceptance("a known error in one outlet", LocalDate.of(2027, 1, 31));
        return new CheckResult(result.claims().stream()
                .map(c -> c.verdict() == Verdict.DIVERGE
                        ? new ClaimResult(
                                c.claim(),
                                c.verdict(),
                                c.message(),
                                c.mentions(),
                                c.conflicts(),
                                Optional.of(acceptance))
                        : c)
                .toList());
    }

    private static JsonNode json(String text) {
        try {
            return JsonSchemas.JSON.readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
