package dev.factcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.extract.Mention;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.OptionalInt;

/**
 * One SARIF location: a file relative to the checked directory, a 1-based line and column, the words found there
 * and what factcheck read in them. Internal.
 */
record SarifLocation(String path, int line, int column, OptionalInt endColumn, String snippet, String message) {
    /** The uri base that code scanning resolves relative paths against: the repository's root. */
    static final String SOURCE_ROOT = "%SRCROOT%";

    static SarifLocation ofMention(Mention mention, boolean conflicting) {
        String text = mention.text();
        int column = mention.position().column();
        return new SarifLocation(
                mention.source(),
                mention.position().line(),
                column,
                isOnItsLine(mention)
                        ? OptionalInt.of(column + text.codePointCount(0, text.length()))
                        : OptionalInt.empty(),
                text,
                "'" + text + "' = " + MentionReading.describe(mention) + (conflicting ? " (conflicts)" : ""));
    }

    static SarifLocation ofClaim(ClaimResult claim) {
        return new SarifLocation(
                claim.claim().rulesFile(),
                claim.claim().position().line(),
                claim.claim().position().column(),
                OptionalInt.empty(),
                "id: " + claim.id(),
                claim.id() + " is declared here");
    }

    static void write(JsonGenerator json, SarifLocation location, int id) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", id);
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        location.artifact(json);
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", location.line());
        json.writeNumberField("startColumn", location.column());
        if (location.endColumn().isPresent()) {
            json.writeNumberField("endColumn", location.endColumn().getAsInt());
        }
        SarifReport.text(json, "snippet", location.snippet());
        json.writeEndObject();
        json.writeEndObject();
        SarifReport.text(json, "message", location.message());
        json.writeEndObject();
    }

    /** A relative path resolves against the source root; an absolute one (outside the checked folder) is a file URI. */
    private void artifact(JsonGenerator json) throws IOException {
        if (path.startsWith("/")) {
            json.writeStringField("uri", "file://" + encode(path));
        } else {
            json.writeStringField("uri", encode(path));
            json.writeStringField("uriBaseId", SOURCE_ROOT);
        }
    }

    /** The words as written stand at the mention's column on its line: a quote joined from parts may not. */
    private static boolean isOnItsLine(Mention mention) {
        String line = mention.line();
        int column = mention.position().column() - 1;
        if (column > line.codePointCount(0, line.length())) {
            return false;
        }
        return line.startsWith(mention.text(), line.offsetByCodePoints(0, column));
    }

    private static String encode(String path) {
        int slash = path.indexOf('/');
        // a colon in the first segment would read as a URI scheme
        String relative = path.substring(0, slash < 0 ? path.length() : slash).contains(":") ? "./" + path : path;
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
