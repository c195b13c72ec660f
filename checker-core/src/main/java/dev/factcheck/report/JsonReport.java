package dev.factcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Conflict;
import dev.factcheck.compare.Verdict;
import dev.factcheck.compare.WordChange;
import dev.factcheck.extract.Measure;
import dev.factcheck.extract.Mention;
import dev.factcheck.extract.Named;
import dev.factcheck.extract.Quoted;
import java.io.IOException;
import java.io.Writer;

/**
 * The machine-readable report, schema {@code factcheck-report/1}: a summary, then each claim with its verdict,
 * message, mentions and conflicting pairs. Field names are a contract; see the README.
 */
public final class JsonReport {
    public static final String SCHEMA = "factcheck-report/1";

    private JsonReport() {}

    /** The whole report as one string: the same text {@link #write} writes. */
    public static String render(CheckResult result) {
        return Document.text(out -> write(result, out));
    }

    /**
     * Writes the report to {@code out} as it is produced, every mention included, without holding the document in
     * memory; flushes {@code out} but leaves it open.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public static void write(CheckResult result, Writer out) throws IOException {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            summary(json, result);
            json.writeArrayFieldStart("claims");
            for (ClaimResult claim : result.claims()) {
                claim(json, claim);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void summary(JsonGenerator json, CheckResult result) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("claims", result.claims().size());
        json.writeNumberField("agree", result.count(Verdict.AGREE));
        json.writeNumberField("diverge", result.count(Verdict.DIVERGE));
        json.writeNumberField("singleSource", result.count(Verdict.SINGLE_SOURCE));
        json.writeNumberField("notFound", result.count(Verdict.NOT_FOUND));
        json.writeEndObject();
    }

    private static void claim(JsonGenerator json, ClaimResult result) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", result.id());
        json.writeStringField("kind", result.claim().kind().name());
        json.writeStringField("severity", result.claim().severity().label());
        json.writeStringField("rulesFile", result.claim().rulesFile());
        json.writeNumberField("rulesLine", result.claim().position().line());
        json.writeStringField("description", result.claim().description().orElse(null));
        json.writeStringField("verdict", result.verdict().name());
        json.writeStringField("message", result.message());
        if (result.accepted().isPresent()) {
            json.writeObjectFieldStart("accepted");
            json.writeStringField("reason", result.accepted().get().reason());
            json.writeStringField("expires", result.accepted().get().expires().toString());
            json.writeEndObject();
        }
        json.writeStringField("fingerprint", result.fingerprint());
        json.writeArrayFieldStart("mentions");
        for (Mention mention : result.mentions()) {
            mention(json, mention);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("conflicts");
        for (Conflict conflict : result.conflicts()) {
            json.writeStartObject();
            json.writeFieldName("first");
            mention(json, conflict.first());
            json.writeFieldName("second");
            mention(json, conflict.second());
            changes(json, conflict);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void mention(JsonGenerator json, Mention mention) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", mention.source());
        json.writeNumberField("line", mention.position().line());
        json.writeNumberField("column", mention.position().column());
        json.writeStringField("text", mention.text());
        if (mention.reading() instanceof Measure measure) {
            Values.write(json, measure.quantity());
            json.writeStringField("unit", measure.quantity().unit().orElse(null));
        } else if (mention.reading() instanceof Quoted quoted) {
            json.writeNullField("value");
            json.writeNullField("min");
            json.writeNullField("max");
            json.writeNullField("unit");
            json.writeStringField("speaker", quoted.speaker());
        } else if (mention.reading() instanceof Named named) {
            json.writeNullField("value");
            json.writeNullField("min");
            json.writeNullField("max");
            json.writeNullField("unit");
            json.writeStringField("listed", named.listed());
            json.writeStringField("spelling", named.spelling() == Named.Spelling.LISTED ? "listed" : "near-miss");
        }
        json.writeEndObject();
    }

    /** The words that differ between two quotes: {@code {"change": "replaced", "from": "urged", "to": "urge"}}. */
    private static void changes(JsonGenerator json, Conflict conflict) throws IOException {
        if (conflict.changes().isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("changes");
        for (WordChange change : conflict.changes()) {
            json.writeStartObject();
            json.writeStringField("change", change.type().name().toLowerCase(java.util.Locale.ROOT));
            json.writeStringField("from", change.from());
            json.writeStringField("to", change.to());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
