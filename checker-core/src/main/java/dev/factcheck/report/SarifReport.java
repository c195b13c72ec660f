package dev.factcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Conflict;
import dev.factcheck.compare.Verdict;
import dev.factcheck.extract.Mention;
import dev.factcheck.source.Severity;
import java.io.IOException;
import java.io.Writer;
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

    /**
     * How many locations a result lists at most: GitHub code scanning keeps only the first 100 of a result, and a
     * claim of a large corpus has hundreds of thousands of mentions. report.json has them all.
     */
    static final int MAX_LOCATIONS = 100;

    /** The result property that says how many mentions are not listed as locations, when some are not. */
    static final String OMITTED = "omittedMentions";

    private SarifReport() {}

    /** The whole log as one string: the same text {@link #write} writes. */
    public static String render(CheckResult result) {
        return Document.text(out -> write(result, out));
    }

    /**
     * Writes the log to {@code out} as it is produced; flushes {@code out} but leaves it open.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public static void write(CheckResult result, Writer out) throws IOException {
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", VERSION);
            json.writeArrayFieldStart("runs");
            run(json, result);
            json.writeEndArray();
            json.writeEndObject();
        });
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
        int omitted = 0;
        if (claim.verdict() == Verdict.NOT_FOUND) {
            SarifLocation.write(json, SarifLocation.ofClaim(claim), 0);
            json.writeEndArray();
        } else {
            omitted = writeLocations(json, claim);
        }
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT, claim.fingerprint());
        json.writeEndObject();
        suppression(json, claim);
        json.writeObjectFieldStart("properties");
        json.writeStringField("verdict", claim.verdict().name());
        if (omitted > 0) {
            json.writeNumberField(OMITTED, omitted);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * Writes every mention as a location, the one the divergence is reported at first (code scanning shows a result
     * at its first location), then an {@code expected} value's place in the rule file when it is one of the pair;
     * above {@value #MAX_LOCATIONS}, the conflicting ones and the first others, in that same order. Closes the array;
     * returns how many mentions were left out.
     */
    private static int writeLocations(JsonGenerator json, ClaimResult claim) throws IOException {
        Set<Mention> conflicting = new LinkedHashSet<>();
        claim.conflicts().forEach(c -> {
            conflicting.add(c.first());
            conflicting.add(c.second());
        });
        Set<Mention> ordered = new LinkedHashSet<>();
        claim.conflicts().stream().map(Conflict::second).findFirst().ifPresent(ordered::add);
        ordered.addAll(claim.mentions());
        ordered.addAll(conflicting);
        List<Mention> kept = Shown.kept(List.copyOf(ordered), conflicting::contains, MAX_LOCATIONS);
        for (int i = 0; i < kept.size(); i++) {
            SarifLocation.write(json, SarifLocation.ofMention(kept.get(i), conflicting.contains(kept.get(i))), i);
        }
        json.writeEndArray();
        return ordered.size() - kept.size();
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
