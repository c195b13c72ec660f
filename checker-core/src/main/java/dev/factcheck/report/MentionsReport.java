package dev.factcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.factcheck.quantity.Quantity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code factcheck:extract} shows of the quantities found in sources: one console line each,
 * {@code path:line:column: kind value [min, max] unit "text"}, and the machine-readable {@code mentions.json}, schema
 * {@code factcheck-mentions/1}. Field names and the line format are a contract; see the README.
 */
public final class MentionsReport {
    public static final String SCHEMA = "factcheck-mentions/1";
    private static final JsonFactory JSON = new JsonFactory();

    private MentionsReport() {}

    /** The {@code mentions.json} document: the schema, then every quantity in the order given. */
    public static String render(List<FoundQuantity> found) {
        return Document.text(out -> write(found, out));
    }

    /**
     * Writes the {@code mentions.json} document to {@code out} as it is produced, the same text as {@link #render};
     * flushes {@code out} but leaves it open.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public static void write(List<FoundQuantity> found, Writer out) throws IOException {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeArrayFieldStart("mentions");
            for (FoundQuantity quantity : found) {
                mention(json, quantity);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** One console line per quantity, then the summary {@code factcheck: 5 quantities in 2 sources}. */
    public static List<String> lines(List<FoundQuantity> found, int sources) {
        List<String> lines = new ArrayList<>(found.size() + 1);
        found.forEach(f -> lines.add(line(f)));
        lines.add(summary(found.size(), sources));
        return lines;
    }

    /**
     * {@code seeds/a.txt:2:89: duration 3300 [3300, 3300] s "55-minute"}: {@code null} for a range's value or an
     * unbounded side, {@code -} for no unit, the text as written with {@code "}, {@code \} and line breaks escaped.
     */
    static String line(FoundQuantity found) {
        Quantity quantity = found.quantity();
        return found.location() + ": " + quantity.dimension().kind() + " " + values(quantity) + " "
                + quantity.unit().orElse("-") + " " + quoted(found.text());
    }

    static String summary(int quantities, int sources) {
        return "factcheck: " + plural(quantities, "quantity", "quantities") + " in "
                + plural(sources, "source", "sources");
    }

    private static void mention(JsonGenerator json, FoundQuantity found) throws IOException {
        Quantity quantity = found.quantity();
        json.writeStartObject();
        json.writeStringField("source", found.source());
        json.writeNumberField("line", found.position().line());
        json.writeNumberField("column", found.position().column());
        json.writeStringField("text", found.text());
        json.writeStringField("kind", quantity.dimension().kind());
        Values.write(json, quantity);
        json.writeStringField("unit", quantity.unit().orElse(null));
        json.writeEndObject();
    }

    /**
     * {@code value [min, max]} exactly as {@code mentions.json} writes them: {@link Values} writes the three fields and
     * they are read back, so that the console and the file can never disagree on numbers or ISO-8601 dates.
     */
    private static String values(Quantity quantity) {
        StringWriter out = new StringWriter();
        List<String> fields = new ArrayList<>(3);
        try {
            try (JsonGenerator json = JSON.createGenerator(out)) {
                json.writeStartObject();
                Values.write(json, quantity);
                json.writeEndObject();
            }
            try (JsonParser parser = JSON.createParser(out.toString())) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token.isScalarValue()) {
                        fields.add(parser.getText());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields.get(0) + " [" + fields.get(1) + ", " + fields.get(2) + "]";
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\\' -> quoted.append('\\').append(c);
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
