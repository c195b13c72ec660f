package dev.factcheck.beam;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * {@code summary.json}, schema {@code factcheck-archive-summary/1}: how many stories were checked and failed, the
 * verdict counts of the whole archive, then each story's counts (or its problems) in story order, so that the file
 * is the same whatever order a runner finished the stories in.
 */
final class ArchiveSummary {
    static final String SCHEMA = "factcheck-archive-summary/1";
    private static final JsonFactory JSON = new JsonFactory();

    private ArchiveSummary() {}

    static String render(List<StoryOutcome> outcomes) {
        List<StoryOutcome> sorted = outcomes.stream()
                .sorted(Comparator.comparing(StoryOutcome::story))
                .toList();
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeNumberField("stories", sorted.size());
            json.writeNumberField(
                    "failed", sorted.stream().filter(o -> !o.isChecked()).count());
            counts(json, "total", total(sorted));
            json.writeArrayFieldStart("perStory");
            for (StoryOutcome outcome : sorted) {
                story(json, outcome);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    static VerdictCounts total(List<StoryOutcome> outcomes) {
        return outcomes.stream().map(StoryOutcome::counts).reduce(VerdictCounts.NONE, VerdictCounts::plus);
    }

    private static void story(JsonGenerator json, StoryOutcome outcome) throws IOException {
        json.writeStartObject();
        json.writeStringField("story", outcome.story());
        if (outcome.isChecked()) {
            counts(json, "counts", outcome.counts());
        } else {
            json.writeArrayFieldStart("problems");
            for (String problem : outcome.problems()) {
                json.writeString(problem);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void counts(JsonGenerator json, String name, VerdictCounts counts) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("claims", counts.claims());
        json.writeNumberField("agree", counts.agree());
        json.writeNumberField("diverge", counts.diverge());
        json.writeNumberField("singleSource", counts.singleSource());
        json.writeNumberField("notFound", counts.notFound());
        json.writeEndObject();
    }
}
