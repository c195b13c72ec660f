package dev.factcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report: its schema, the contract's field names, and the whole document for a small story. */
class JsonReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String STORY_REPORT = """
            {
              "schema": "factcheck-report/1",
              "summary": {"claims": 2, "agree": 1, "diverge": 1, "singleSource": 0, "notFound": 0},
              "claims": [
                {
                  "id": "storm.toll",
                  "kind": "count",
                  "severity": "error",
                  "rulesFile": "rules/harbour.yaml",
                  "rulesLine": 4,
                  "description": "People killed by the storm",
                  "verdict": "AGREE",
                  "message": "storm.toll agrees: 2 mentions in 2 sources",
                  "fingerprint": "d1ae5824c8cefb1eea420e97ef4306e7",
                  "mentions": [
                    {"source": "news/a.txt", "line": 3, "column": 18, "text": "at least 23",
                     "value": 23, "min": 23, "max": null, "unit": null},
                    {"source": "news/b.txt", "line": 3, "column": 16, "text": "23",
                     "value": 23, "min": 23, "max": 23, "unit": null}
                  ],
                  "conflicts": []
                },
                {
                  "id": "mayors.talks",
                  "kind": "duration",
                  "severity": "error",
                  "rulesFile": "rules/harbour.yaml",
                  "rulesLine": 8,
                  "description": null,
                  "verdict": "DIVERGE",
                  "message": "mayors.talks diverges: '20 minutes' (1,200 s (20 minutes)) cannot be true with \
            '45 minutes' (2,700 s (45 minutes)) at news/a.txt:4:20",
                  "fingerprint": "9f9f7b3d171f0a61c2df4b3264f11833",
                  "mentions": [
                    {"source": "news/a.txt", "line": 4, "column": 20, "text": "45 minutes",
                     "value": 2700, "min": 2700, "max": 2700, "unit": "s"},
                    {"source": "news/b.txt", "line": 4, "column": 25, "text": "20 minutes",
                     "value": 1200, "min": 1200, "max": 1200, "unit": "s"}
                  ],
                  "conflicts": [
                    {
                      "first": {"source": "news/a.txt", "line": 4, "column": 20, "text": "45 minutes",
                                "value": 2700, "min": 2700, "max": 2700, "unit": "s"},
                      "second": {"source": "news/b.txt", "line": 4, "column": 25, "text": "20 minutes",
                                 "value": 1200, "min": 1200, "max": 1200, "unit": "s"}
                    }
                  ]
                }
              ]
            }
            """;

    @Test
    void rendersTheWholeStory() throws JsonProcessingException {
        String json = JsonReport.render(ReportStory.result());

        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree(STORY_REPORT));
        assertThat(json).endsWith("}\n");
    }

    @Test
    void namesItsSchemaAndCountsEachVerdict() throws JsonProcessingException {
        JsonNode report = JSON.readTree(JsonReport.render(ReportStory.result()));

        assertThat(report.get("schema").asText()).isEqualTo("factcheck-report/1");
        assertThat(report.get("summary").get("claims").asInt()).isEqualTo(2);
        assertThat(report.get("summary").get("agree").asInt()).isEqualTo(1);
        assertThat(report.get("summary").get("diverge").asInt()).isEqualTo(1);
        assertThat(report.get("summary").get("singleSource").asInt()).isZero();
        assertThat(report.get("summary").get("notFound").asInt()).isZero();
    }

    @Test
    void writesEveryFieldOfTheContractForEachClaimAndMention() throws JsonProcessingException {
        JsonNode report = JSON.readTree(JsonReport.render(ReportStory.result()));

        assertThat(report.get("claims")).hasSize(2).allSatisfy(claim -> {
            assertThat(fieldNames(claim))
                    .contains("id", "kind", "severity", "rulesFile", "verdict", "message", "mentions", "conflicts");
            assertThat(claim.get("mentions"))
                    .isNotEmpty()
                    .allSatisfy(mention -> assertThat(fieldNames(mention))
                            .contains("source", "line", "column", "text", "min", "max", "unit"));
        });
    }

    @Test
    void writesAnUnboundedSideAsNullAndTheCanonicalUnit() throws JsonProcessingException {
        JsonNode claims = JSON.readTree(JsonReport.render(ReportStory.result())).get("claims");

        JsonNode atLeast = claims.get(0).get("mentions").get(0);
        assertThat(atLeast.get("text").asText()).isEqualTo("at least 23");
        assertThat(atLeast.get("min").isIntegralNumber()).isTrue();
        assertThat(atLeast.get("max").isNull()).isTrue();
        assertThat(atLeast.get("unit").isNull()).isTrue();
        JsonNode minutes = claims.get(1).get("mentions").get(0);
        assertThat(minutes.get("unit").asText()).isEqualTo("s");
        assertThat(minutes.get("min").asLong()).isEqualTo(2700);
    }

    @Test
    void writesAFractionWhereAFigureHasOne() throws JsonProcessingException {
        String rules = """
                sources: [../news/*.txt]
                claims:
                  - {id: storm.toll, kind: count, near: [killed]}
                """;
        String text = "The storm killed about 25 people.\n";

        JsonNode mention = JSON.readTree(JsonReport.render(
                        ReportStory.check(rules, List.of(dev.factcheck.source.SourceText.of("news/a.txt", text)))))
                .get("claims")
                .get(0)
                .get("mentions")
                .get(0);

        assertThat(mention.get("text").asText()).isEqualTo("about 25");
        assertThat(mention.get("min").asDouble()).isEqualTo(22.5);
        assertThat(mention.get("max").asDouble()).isEqualTo(27.5);
    }

    @Test
    void escapesQuotesAndLineBreaksInMessages() throws JsonProcessingException {
        String rules = """
                sources: [../news/*.txt]
                claims:
                  - id: storm.toll
                    description: "People \\"killed\\" by the storm,\\nfirst count"
                    kind: count
                    near: [killed]
                """;

        JsonNode claim = JSON.readTree(JsonReport.render(ReportStory.check(rules, List.of())))
                .get("claims")
                .get(0);

        assertThat(claim.get("description").asText()).isEqualTo("People \"killed\" by the storm,\nfirst count");
        assertThat(claim.get("verdict").asText()).isEqualTo("NOT_FOUND");
        assertThat(claim.get("mentions")).isEmpty();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
