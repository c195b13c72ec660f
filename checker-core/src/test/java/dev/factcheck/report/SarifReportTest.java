package dev.factcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.source.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SARIF log: rules, results, locations, levels, suppressions and fingerprints (its schema: ReportSchemasTest). */
class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void declaresARulePerClaimAndAResultPerDivergence() throws IOException {
        JsonNode run = JSON.readTree(SarifReport.render(ReportStory.result())).at("/runs/0");

        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("factcheck");
        assertThat(texts(run.at("/tool/driver/rules"), "/id")).containsExactly("storm.toll", "mayors.talks");
        assertThat(run.at("/tool/driver/rules/0/shortDescription/text").asText())
                .isEqualTo("People killed by the storm");
        assertThat(run.at("/columnKind").asText()).isEqualTo("unicodeCodePoints");
        JsonNode result = run.at("/results").get(0);
        assertThat(run.at("/results")).hasSize(1);
        assertThat(result.at("/ruleId").asText()).isEqualTo("mayors.talks");
        assertThat(result.at("/ruleIndex").asInt()).isEqualTo(1);
        assertThat(result.at("/level").asText()).isEqualTo("error");
        assertThat(result.at("/message/text").asText()).startsWith("mayors.talks diverges: '20 minutes'");
    }

    @Test
    void listsEveryMentionTheMostContradictedFirst() throws IOException {
        JsonNode result =
                JSON.readTree(SarifReport.render(ReportStory.result())).at("/runs/0/results/0");

        List<String> locations = new ArrayList<>();
        result.at("/locations")
                .forEach(l -> locations.add(l.at("/physicalLocation/artifactLocation/uri")
                                .asText()
                        + ":" + l.at("/physicalLocation/region/startLine").asInt()
                        + ":" + l.at("/physicalLocation/region/startColumn").asInt()
                        + "-" + l.at("/physicalLocation/region/endColumn").asInt()
                        + " " + l.at("/message/text").asText()));
        assertThat(locations)
                .containsExactly(
                        "news/b.txt:4:25-35 '20 minutes' = 1,200 s (20 minutes) (conflicts)",
                        "news/a.txt:4:20-30 '45 minutes' = 2,700 s (45 minutes) (conflicts)");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId")
                        .asText())
                .isEqualTo("%SRCROOT%");
    }

    @Test
    void placesAClaimNotFoundAtItsRuleFileAtItsSeverity() throws IOException {
        String rules = ReportStory.RULES + "  - {id: storm.hours, kind: duration, near: [lashed], severity: info}\n";

        JsonNode results = JSON.readTree(
                        SarifReport.render(ReportStory.check(rules, List.of(ReportStory.FIRST, ReportStory.SECOND))))
                .at("/runs/0/results");

        JsonNode notFound = results.get(1);
        assertThat(notFound.at("/ruleId").asText()).isEqualTo("storm.hours");
        assertThat(notFound.at("/level").asText()).isEqualTo("note");
        assertThat(notFound.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo("rules/harbour.yaml");
        assertThat(notFound.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(11);
    }

    @Test
    void suppressesADivergenceTheBaselineAccepts() throws IOException {
        JsonNode result = JSON.readTree(SarifReport.render(Accepting.accept(ReportStory.result(), "mayors.talks")))
                .at("/runs/0/results/0");

        assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(result.at("/suppressions/0/status").asText()).isEqualTo("accepted");
        assertThat(result.at("/suppressions/0/justification").asText())
                .isEqualTo("accepted by the baseline until 2027-01-31: the outlets differ on purpose");
    }

    @Test
    void keepsTheFingerprintAcrossRunsAndLineShifts() throws IOException {
        List<SourceText> shifted = List.of(shift(ReportStory.FIRST), shift(ReportStory.SECOND));

        String first = fingerprint(ReportStory.result());
        String again = fingerprint(ReportStory.result());
        String afterShift = fingerprint(ReportStory.check(ReportStory.RULES, shifted));

        assertThat(first).matches("[0-9a-f]{32}").isEqualTo(again).isEqualTo(afterShift);
        assertThat(JSON.readTree(SarifReport.render(ReportStory.check(ReportStory.RULES, shifted)))
                        .at("/runs/0/results/0/locations/0/physicalLocation/region/startLine")
                        .asInt())
                .isEqualTo(7);
    }

    @Test
    void changesTheFingerprintWhenAFigureChanges() throws IOException {
        SourceText changed =
                SourceText.of("news/b.txt", ReportStory.SECOND.text().replace("20 minutes", "25 minutes"));

        String before = fingerprint(ReportStory.result());
        String after = fingerprint(ReportStory.check(ReportStory.RULES, List.of(ReportStory.FIRST, changed)));

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void encodesPathsAsRelativeUris() throws IOException {
        String rules = """
                sources: [../news/*.txt]
                claims:
                  - {id: storm.toll, kind: count, near: [killed], expected: 30}
                """;
        SourceText source = SourceText.of("news/a b/é:1.txt", "The storm killed 23 people.\n");

        JsonNode location = JSON.readTree(SarifReport.render(ReportStory.check(rules, List.of(source))))
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri");

        assertThat(location.asText()).isEqualTo("news/a%20b/%C3%A9:1.txt");
    }

    @Test
    void listsAtMostAHundredLocationsTheConflictingOnesAmongThemAndCountsTheRest() throws IOException {
        CheckResult result = ManyMentions.result(1, 4, 5_000);

        JsonNode sarif = JSON.readTree(SarifReport.render(result)).at("/runs/0/results/0");

        List<String> messages = texts(sarif.at("/locations"), "/message/text");
        assertThat(messages).hasSize(SarifReport.MAX_LOCATIONS);
        assertThat(messages.get(0)).isEqualTo("'31' = 31 (conflicts)");
        assertThat(messages.stream().filter(m -> m.endsWith("(conflicts)"))).hasSize(21);
        assertThat(texts(sarif.at("/locations"), "/id").get(99)).isEqualTo("99");
        assertThat(sarif.at("/properties/omittedMentions").asInt()).isEqualTo(4_900);
    }

    @Test
    void saysNothingOfOmittedMentionsWhenEveryOneIsListed() throws IOException {
        JsonNode sarif = JSON.readTree(SarifReport.render(ManyMentions.result(1, 4, 100)))
                .at("/runs/0/results/0");

        assertThat(sarif.at("/locations")).hasSize(100);
        assertThat(sarif.at("/properties").has("omittedMentions")).isFalse();
        assertThat(sarif.at("/properties/verdict").asText()).isEqualTo("DIVERGE");
    }

    private static String fingerprint(CheckResult result) throws IOException {
        return JSON.readTree(SarifReport.render(result))
                .at("/runs/0/results/0/partialFingerprints/factcheckEvidence~1v1")
                .asText();
    }

    private static SourceText shift(SourceText source) {
        return SourceText.of(source.path(), "Updated at 10:00\n\nBy our staff\n" + source.text());
    }

    private static List<String> texts(JsonNode array, String pointer) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.at(pointer).asText()));
        return texts;
    }
}
