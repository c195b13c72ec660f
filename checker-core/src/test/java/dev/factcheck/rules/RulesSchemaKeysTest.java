package dev.factcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.source.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule-file schema shipped in the jar names exactly the keys, kinds and severities that the parser reads. */
class RulesSchemaKeysTest {
    private static final JsonNode SCHEMA = schema();

    @Test
    void namesEveryTopLevelKeyAndNoOther() {
        assertThat(names(SCHEMA.at("/properties"))).containsExactlyElementsOf(RuleParser.KEYS);
        assertThat(SCHEMA.at("/additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void namesEveryClaimKeyAndNoOther() {
        JsonNode claimKeys = SCHEMA.at("/definitions/claimKeys");

        assertThat(names(claimKeys.at("/properties"))).containsExactlyElementsOf(ClaimReader.KEYS);
        assertThat(claimKeys.at("/additionalProperties").asBoolean(true)).isFalse();
        claimKeys
                .at("/properties")
                .forEach(key -> assertThat(key.at("/description").asText()).isNotBlank());
    }

    @Test
    void listsEveryKindAndSeverity() {
        JsonNode claimKeys = SCHEMA.at("/definitions/claimKeys/properties");

        assertThat(texts(claimKeys.at("/kind/enum"))).containsExactlyElementsOf(ClaimKind.NAMES);
        assertThat(texts(claimKeys.at("/severity/enum")))
                .containsExactlyElementsOf(
                        Arrays.stream(Severity.values()).map(Severity::label).toList());
    }

    private static JsonNode schema() {
        try (InputStream in =
                RulesSchemaKeysTest.class.getResourceAsStream("/dev/factcheck/schema/rules.schema.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
