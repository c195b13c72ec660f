package dev.factcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.quantity.QuantityReader;
import dev.factcheck.source.SentenceSplitter;
import dev.factcheck.source.SourceText;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import dev.factcheck.source.Tokenizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What {@code factcheck:extract} shows: the console lines and {@code mentions.json}, as whole texts. */
class MentionsReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final SourceText FLOOD = SourceText.of("news/flood.txt", """
            Flood in the valley
            The river rose on June 23, 2018, and at least 1,200 people fled.
            Crews worked for 36 hours on a dam that will cost $4.5 million.
            Between 20 and 30 homes were lost.
            """);

    private static final String FLOOD_MENTIONS = """
            {
              "schema": "factcheck-mentions/1",
              "mentions": [
                {"source": "news/flood.txt", "line": 2, "column": 19, "text": "June 23, 2018", "kind": "date",
                 "value": "2018-06-23", "min": "2018-06-23", "max": "2018-06-23", "unit": null},
                {"source": "news/flood.txt", "line": 2, "column": 38, "text": "at least 1,200", "kind": "number",
                 "value": 1200, "min": 1200, "max": null, "unit": null},
                {"source": "news/flood.txt", "line": 3, "column": 18, "text": "36 hours", "kind": "duration",
                 "value": 129600, "min": 129600, "max": 129600, "unit": "s"},
                {"source": "news/flood.txt", "line": 3, "column": 51, "text": "$4.5 million", "kind": "money",
                 "value": 4500000, "min": 4500000, "max": 4500000, "unit": "USD"},
                {"source": "news/flood.txt", "line": 4, "column": 1, "text": "Between 20 and 30", "kind": "number",
                 "value": null, "min": 20, "max": 30, "unit": null}
              ]
            }
            """;

    @Test
    void listsEachQuantityOnItsOwnLineThenASummary() {
        List<FoundQuantity> found = found(FLOOD);

        List<String> lines = MentionsReport.lines(found, 1);

        assertThat(String.join("\n", lines) + "\n").isEqualTo("""
                news/flood.txt:2:19: date 2018-06-23 [2018-06-23, 2018-06-23] - "June 23, 2018"
                news/flood.txt:2:38: number 1200 [1200, null] - "at least 1,200"
                news/flood.txt:3:18: duration 129600 [129600, 129600] s "36 hours"
                news/flood.txt:3:51: money 4500000 [4500000, 4500000] USD "$4.5 million"
                news/flood.txt:4:1: number null [20, 30] - "Between 20 and 30"
                factcheck: 5 quantities in 1 source
                """);
    }

    @Test
    void rendersEveryQuantityAsJson() throws JsonProcessingException {
        List<FoundQuantity> found = found(FLOOD);

        String json = MentionsReport.render(found);

        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree(FLOOD_MENTIONS));
        assertThat(json)
                .startsWith("{\n  \"schema\" : \"factcheck-mentions/1\",\n")
                .endsWith("}\n");
    }

    @Test
    void printsFractionsAndClockTimesAsTheJsonHoldsThem() throws JsonProcessingException {
        SourceText harbour = SourceText.of("news/harbour.txt", "The boats left at 9:15 a.m. with about 25 crew.\n");
        List<FoundQuantity> found = found(harbour);

        List<String> lines = MentionsReport.lines(found, 1);
        String json = MentionsReport.render(found);

        assertThat(lines)
                .containsExactly(
                        "news/harbour.txt:1:19: time 09:15 [09:15, 09:15] - \"9:15 a.m.\"",
                        "news/harbour.txt:1:34: number 25 [22.5, 27.5] - \"about 25\"",
                        "factcheck: 2 quantities in 1 source");
        assertThat(JSON.readTree(json).get("mentions").get(1).get("min").asDouble())
                .isEqualTo(22.5);
    }

    @Test
    void escapesQuotesAndLineBreaksInTheTextOfALine() {
        SourceText wrapped = SourceText.of("news/wrapped.txt", "The storm killed at\nleast 23 people.\n");
        List<FoundQuantity> found = found(wrapped);

        List<String> lines = MentionsReport.lines(found, 1);

        assertThat(lines.get(0)).isEqualTo("news/wrapped.txt:1:18: number 23 [23, null] - \"at\\nleast 23\"");
        assertThat(MentionsReport.line(new FoundQuantity(
                        "a.txt",
                        found.get(0).position(),
                        "the \"23\" of C:\\",
                        found.get(0).quantity())))
                .endsWith(" - \"the \\\"23\\\" of C:\\\\\"");
    }

    @Test
    void rendersNoQuantitiesAsAnEmptyList() throws JsonProcessingException {
        List<FoundQuantity> none = found(SourceText.of("news/empty.txt", "No figures here.\n"));

        String json = MentionsReport.render(none);

        assertThat(JSON.readTree(json))
                .isEqualTo(JSON.readTree("{\"schema\": \"factcheck-mentions/1\", \"mentions\": []}"));
        assertThat(MentionsReport.lines(none, 2)).containsExactly("factcheck: 0 quantities in 2 sources");
    }

    @Test
    void countsOneQuantityInTheSingular() {
        List<FoundQuantity> found = found(SourceText.of("news/one.txt", "It lasted 55 minutes.\n"));

        List<String> lines = MentionsReport.lines(found, 1);

        assertThat(lines).last().isEqualTo("factcheck: 1 quantity in 1 source");
    }

    @Test
    void writesTheSameDocumentInPiecesAndLeavesTheWriterOpen() throws IOException {
        List<FoundQuantity> once = found(FLOOD);
        List<FoundQuantity> many = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            many.addAll(once);
        }
        RecordingWriter out = new RecordingWriter();

        MentionsReport.write(many, out);

        assertThat(out.text())
                .isEqualTo(MentionsReport.render(many))
                .startsWith("{\n  \"schema\" : \"factcheck-mentions/1\"");
        assertThat(out.largestWrite()).isLessThan(out.text().length() / 10);
        assertThat(out.isClosed()).isFalse();
    }

    /** Reads sentence by sentence, as {@code factcheck:extract} does. */
    private static List<FoundQuantity> found(SourceText source) {
        List<Token> tokens = Tokenizer.tokenize(source.text());
        OptionalInt year = QuantityReader.sourceYear(tokens);
        List<FoundQuantity> found = new ArrayList<>();
        for (TokenRange sentence : SentenceSplitter.split(tokens)) {
            QuantityReader.english()
                    .read(tokens, sentence, year)
                    .forEach(read -> found.add(FoundQuantity.of(source, read.quantity())));
        }
        return found;
    }
}
