package dev.factcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Conflict;
import dev.factcheck.compare.Verdict;
import dev.factcheck.extract.Mention;
import dev.factcheck.source.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The report as a SARIF 2.1.0 log, for code scanning: one run of the tool {@code factcheck} with a rule per claim
 * ({@code ruleId} = claim id) and a result per claim that diverges or is not found. A divergence lists every mention
 * as a location, the one most contradicted first; a claim not found is placed at its rule file. Each result carries
 * a {@code partialFingerprints} entry that does not change when lines move, so a finding keeps its identity; a
 * divergence the baseline accepts is listed with a suppression that gives the baseline's reason.
 */
public final class SarifReport {
    public static final String VERSION = "2.1.0";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /**
     * The {@code partialFingerprints} key: the value is {@link ClaimResult#fingerprint()}, the claim's evidence
     * without lines, as a baseline file holds it. Bump the version if what is hashed changes.
     */
    static final String FINGERPRINT = "factcheckEvidence/v1";

    private static final JsonFactory JSON = new JsonFactory();

    private SarifReport() {}

    public static String render(CheckResult result) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", VERSION);
            json.writeArrayFieldStart("runs");
            run(json, result);
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + "\n";
    }

    private static void run(JsonGenerator json, CheckResult result) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "factcheck");
        json.writeArrayFieldStart("rules");
        for (ClaimResult claim : result.claims()) {
            rule(json, claim);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        // factcheck counts columns in code points, not in UTF-16 units
        json.writeStringField("columnKind", "unicodeCodePoints");
        json.writeArrayFieldStart("results");
        for (int i = 0; i < result.claims().size(); i++) {
            if (result.claims().get(i).verdict().isProblem()) {
                result(json, result.claims().get(i), i);
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void rule(JsonGenerator json, ClaimResult claim) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", claim.id());
        text(json, "shortDescription", claim.claim().description().orElse(claim.id()));
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(claim.claim().severity()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("kind", claim.claim().kind().name());
        json.writeStringField("rulesFile", claim.claim().rulesFile());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void result(JsonGenerator json, ClaimResult claim, int ruleIndex) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", claim.id());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(claim.claim().severity()));
        text(json, "message", claim.message());
        json.writeArrayFieldStart("locations");
        if (claim.verdict() == Verdict.NOT_FOUND) {
            SarifLocation.write(json, SarifLocation.ofClaim(claim), 0);
        } else {
            List<SarifLocation> locations = locations(claim);
            for (int i = 0; i < locations.size(); i++) {
                SarifLocation.write(json, locations.get(i), i);
            }
        }
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT, claim.fingerprint());
        json.writeEndObject();
        suppression(json, claim);
        json.writeObjectFieldStart("properties");
        json.writeStringField("verdict", claim.verdict().name());
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * Every mention, the one the divergence is reported at first (code scanning shows a result at its first
     * location), then an {@code expected} value's place in the rule file when it is one of the pair.
     */
    private static List<SarifLocation> locations(ClaimResult claim) {
        Set<Mention> conflicting = new LinkedHashSet<>();
        claim.conflicts().forEach(c -> {
            conflicting.add(c.first());
            conflicting.add(c.second());
        });
        Set<Mention> ordered = new LinkedHashSet<>();
        claim.conflicts().stream().map(Conflict::second).findFirst().ifPresent(ordered::add);
        ordered.addAll(claim.mentions());
        ordered.addAll(conflicting);
        List<SarifLocation> locations = new ArrayList<>();
        ordered.forEach(m -> locations.add(SarifLocation.ofMention(m, conflicting.contains(m))));
        return locations;
    }

    /** A divergence that the baseline accepts is reported as suppressed, with the baseline's reason. */
    private static void suppression(JsonGenerator json, ClaimResult claim) throws IOException {
        Optional<String> note = ClaimLines.acceptance(claim);
        if (note.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("suppressions");
        json.writeStartObject();
        json.writeStringField("kind", "external");
        json.writeStringField("status", "accepted");
        json.writeStringField("justification", note.get());
        json.writeEndObject();
        json.writeEndArray();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    static void text(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }
}
