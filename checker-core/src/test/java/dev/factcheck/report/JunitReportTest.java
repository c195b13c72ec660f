package dev.factcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.source.SourceText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The JUnit XML report, checked as whole texts and read back with an XML parser. */
class JunitReportTest {
    @Test
    void rendersOneTestCasePerClaimFailingTheDivergence() {
        String xml = JunitReport.render(ReportStory.result());

        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="factcheck" tests="2" failures="1" errors="0" skipped="0">
                  <testcase classname="rules/harbour.yaml" name="storm.toll">
                    <system-out>rules/harbour.yaml:4:5: info: storm.toll agrees: 2 mentions in 2 sources [storm.toll]
                    news/a.txt:3:18: 'at least 23' = 23 or more
                    news/b.txt:3:16: '23' = 23
                </system-out>
                  </testcase>
                  <testcase classname="rules/harbour.yaml" name="mayors.talks">
                    <failure type="DIVERGE" message="error: mayors.talks diverges: '20 minutes' (1,200 s (20 minutes)) \
                cannot be true with '45 minutes' (2,700 s (45 minutes)) at news/a.txt:4:20">news/b.txt:4:25: error: \
                mayors.talks diverges: '20 minutes' (1,200 s (20 minutes)) cannot be true with '45 minutes' (2,700 s \
                (45 minutes)) at news/a.txt:4:20 [mayors.talks]
                    news/a.txt:4:20: '45 minutes' = 2,700 s (45 minutes)  &lt;- conflicts
                    news/b.txt:4:25: '20 minutes' = 1,200 s (20 minutes)  &lt;- conflicts
                </failure>
                  </testcase>
                </testsuite>
                """);
    }

    @Test
    void failsAClaimNotFoundAndSkipsAnAcceptedDivergence() throws Exception {
        String rules = ReportStory.RULES + "  - {id: storm.hours, kind: duration, near: [lashed], severity: warning}\n";

        Document xml = parse(JunitReport.render(Accepting.accept(
                ReportStory.check(rules, List.of(ReportStory.FIRST, ReportStory.SECOND)), "mayors.talks")));

        Element suite = xml.getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        Element skipped = (Element) suite.getElementsByTagName("skipped").item(0);
        assertThat(((Element) skipped.getParentNode()).getAttribute("name")).isEqualTo("mayors.talks");
        assertThat(skipped.getAttribute("message"))
                .isEqualTo("accepted by the baseline until 2027-01-31: the outlets differ on purpose");
        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("storm.hours");
        assertThat(failure.getAttribute("type")).isEqualTo("NOT_FOUND");
        assertThat(failure.getAttribute("message")).isEqualTo("warning: storm.hours not found in any source");
    }

    @Test
    void escapesMarkupAndCharactersXmlCannotHold() throws Exception {
        String rules = """
                sources: [../news/*.txt]
                claims:
                  - {id: storm.toll, kind: count, near: [killed]}
                """;
        SourceText source = SourceText.of("news/<a&b>\".txt", "The storm killed 23 people.\u0001\n");

        String xml = JunitReport.render(ReportStory.check(rules, List.of(source)));

        assertThat(xml)
                .contains("news/&lt;a&amp;b&gt;&quot;.txt:1:18: '23' = 23")
                .doesNotContain("\u0001");
        assertThat(parse(xml).getDocumentElement().getAttribute("tests")).isEqualTo("1");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
