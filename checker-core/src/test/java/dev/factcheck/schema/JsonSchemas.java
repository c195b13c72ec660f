package dev.factcheck.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schemas the tests validate against: the two factcheck ships in its jar and the official SARIF 2.1.0 one,
 * read from the class path (no network), with format assertions on.
 */
final class JsonSchemas {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String REPORT = "/dev/factcheck/schema/report.schema.json";
    static final String RULES = "/dev/factcheck/schema/rules.schema.json";
    static final String SARIF = "/sarif/sarif-schema-2.1.0.json";

    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private JsonSchemas() {}

    /** The schema at a class-path resource, as a tree. */
    static JsonNode tree(String resource) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonSchema draft7(JsonNode schema) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema, CONFIG);
    }

    static JsonSchema sarif() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(tree(SARIF), CONFIG);
    }

    /** What {@code schema} finds wrong with {@code json}, one message each; empty when it is valid. */
    static List<String> problems(JsonSchema schema, String json) {
        try {
            return problems(schema, JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> problems(JsonSchema schema, JsonNode json) {
        return schema.validate(json).stream()
                .map(ValidationMessage::toString)
                .sorted()
                .toList();
    }

    /**
     * A copy of {@code schema} in which every object that lists its properties allows no others: a document valid
     * against it uses only fields that the schema documents, though the shipped schema lets later versions add some.
     */
    static JsonNode strict(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        close(copy);
        return copy;
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        node.forEach(JsonSchemas::close);
    }
}
