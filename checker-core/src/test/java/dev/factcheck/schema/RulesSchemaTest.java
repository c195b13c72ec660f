package dev.factcheck.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import dev.factcheck.rules.RuleParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The rule-file schema accepts every rule file that factcheck accepts (the project's, the test fixtures, the plugin's
 * test projects and, where present, the shared news stories'), and rejects the mistakes editors most want flagged as
 * they type.
 */
class RulesSchemaTest {
    private static final Path PROJECT = Path.of("..");
    private static final JsonSchema RULES = JsonSchemas.draft7(JsonSchemas.tree(JsonSchemas.RULES));

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleFiles")
    void acceptsEveryRuleFileThatFactcheckAccepts(Path file) throws IOException {
        String yaml = Files.readString(file);

        assertThat(RuleParser.check(file.toString(), yaml))
                .as("factcheck's problems with %s", file)
                .isEmpty();
        assertThat(JsonSchemas.problems(RULES, json(yaml)))
                .as("schema problems with %s", file)
                .isEmpty();
    }

    @Test
    void acceptsTheRuleFilesOfTheSharedNewsStories() throws IOException {
        List<Path> files = newsRuleFiles();

        for (Path file : files) {
            assertThat(JsonSchemas.problems(RULES, json(read(file))))
                    .as("schema problems with %s", file)
                    .isEmpty();
        }
    }

    @Test
    void rejectsAMisspeltKeyAnUnknownKindAndAMissingClaimList() {
        String yaml = """
                sources: [../seeds/*.txt]
                claims:
                  - id: meeting.length
                    kind: duraton
                    neer: [meeting]
                """;

        assertThat(JsonSchemas.problems(RULES, json(yaml)))
                .contains(
                        "/claims/0: property 'neer' is not defined in the schema and the schema does not allow"
                                + " additional properties",
                        "/claims/0/kind: does not have a value in the enumeration [\"count\", \"number\", \"duration\","
                                + " \"distance\", \"mass\", \"area\", \"volume\", \"speed\", \"temperature\", \"money\","
                                + " \"percentage\", \"age\", \"date\", \"time\", \"ratio\", \"ordinal\", \"quote\","
                                + " \"name\"]");
        assertThat(JsonSchemas.problems(RULES, json("sources: [a.txt]\n")))
                .containsExactly(": required property 'claims' not found");
    }

    @Test
    void requiresEachClaimsKindUnlessTheDefaultsGiveOne() {
        String withoutKind = "sources: a.txt\nclaims: [{id: a, near: met}]\n";
        String kindByDefault = "sources: a.txt\ndefaults: {kind: count}\nclaims: [{id: a, near: met}]\n";

        assertThat(JsonSchemas.problems(RULES, json(withoutKind)))
                .containsExactly("/claims/0: required property 'kind' not found");
        assertThat(JsonSchemas.problems(RULES, json(kindByDefault))).isEmpty();
    }

    @Test
    void rejectsAnIdAsADefaultAndAWithinThatIsNoNumberOfWords() {
        String yaml = """
                sources: a.txt
                defaults: {id: x, within: 0}
                claims: [{id: Meeting, kind: count, near: met}]
                """;

        assertThat(String.join("\n", JsonSchemas.problems(RULES, json(yaml))))
                .contains("/defaults: must not be valid to the schema")
                .contains("/defaults/within: must have a minimum value of 1")
                .contains("/claims/0/id: does not match the regex pattern");
    }

    static Stream<Path> ruleFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(yamlIn(PROJECT.resolve("rules")));
        files.addAll(yamlIn(Path.of("src/test/resources/dev/factcheck/rules")));
        try (Stream<Path> cases = Files.list(PROJECT.resolve("checker-maven-plugin/src/it"))) {
            for (Path project : cases.sorted().toList()) {
                files.addAll(yamlIn(project.resolve("rules")).stream()
                        .filter(f -> RuleParser.check(f.toString(), read(f)).isEmpty())
                        .toList());
            }
        }
        assertThat(files).as("rule files found").isNotEmpty();
        return files.stream();
    }

    /** The rule files of ../shared/news; skips the calling test, saying why, where that folder is absent. */
    static List<Path> newsRuleFiles() throws IOException {
        Path news = Path.of(System.getProperty("factcheck.shared", "../../shared"), "news");
        assumeTrue(Files.isDirectory(news), news + " not found, so the news stories' rule files are not validated");
        try (Stream<Path> stories = Files.list(news)) {
            return stories.map(s -> s.resolve("rules.yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> yamlIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(
                            f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML document as the JSON tree a YAML editor validates: SnakeYAML's safe reading, dates kept as text. */
    static JsonNode json(String yaml) {
        return tree(new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml));
    }

    private static JsonNode tree(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            map.forEach((key, item) -> object.set(String.valueOf(key), tree(item)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(item -> array.add(tree(item)));
            return array;
        }
        if (value instanceof Integer || value instanceof Long) {
            return nodes.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return nodes.numberNode(big);
        }
        if (value instanceof Double number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof Date date) {
            return nodes.textNode(date.toInstant().toString());
        }
        return value == null ? nodes.nullNode() : nodes.textNode(value.toString());
    }
}
