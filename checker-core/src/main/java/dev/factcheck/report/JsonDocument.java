package dev.factcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a JSON report through Jackson's streaming generator, pretty-printed, with a line break after the closing
 * brace. The writer is flushed but left open: it belongs to the caller, who may write more or rename a file. Internal.
 */
final class JsonDocument {
    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonDocument() {}

    /** What writes the document's fields with a generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    static void write(Writer out, Body body) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            body.write(json);
        }
        out.write('\n');
    }
}
