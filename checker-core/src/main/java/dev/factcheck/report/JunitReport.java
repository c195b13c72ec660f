package dev.factcheck.report;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import java.util.List;

/**
 * The report as JUnit XML ({@code TEST-factcheck.xml}), so that CI servers list claims as tests: one test suite
 * {@code factcheck}, one test case per claim (class name: its rule file; name: its id), failed when its verdict is a
 * problem, with the message and the evidence lines, and skipped when the baseline accepts it; the other claims keep
 * their evidence as the test's output.
 */
public final class JunitReport {
    private JunitReport() {}

    public static String render(CheckResult result) {
        long failures = result.claims().stream().filter(ClaimResult::isFailing).count();
        long skipped =
                result.claims().stream().filter(c -> c.accepted().isPresent()).count();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"factcheck\" tests=\"")
                .append(result.claims().size())
                .append("\" failures=\"")
                .append(failures)
                .append("\" errors=\"0\" skipped=\"")
                .append(skipped)
                .append("\">\n");
        result.claims().forEach(claim -> testCase(xml, claim));
        return xml.append("</testsuite>\n").toString();
    }

    private static void testCase(StringBuilder xml, ClaimResult claim) {
        xml.append("  <testcase classname=\"")
                .append(Markup.attribute(claim.claim().rulesFile()))
                .append("\" name=\"")
                .append(Markup.attribute(claim.id()))
                .append("\">\n");
        List<String> lines = ClaimLines.of(claim);
        ClaimLines.acceptance(claim)
                .ifPresent(note -> xml.append("    <skipped message=\"")
                        .append(Markup.attribute(note))
                        .append("\"/>\n"));
        if (claim.isFailing()) {
            xml.append("    <failure type=\"")
                    .append(claim.verdict().name())
                    .append("\" message=\"")
                    .append(Markup.attribute(claim.claim().severity().label() + ": " + claim.message()))
                    .append("\">");
            appendLines(xml, lines);
            xml.append("</failure>\n");
        } else {
            xml.append("    <system-out>");
            appendLines(xml, lines);
            xml.append("</system-out>\n");
        }
        xml.append("  </testcase>\n");
    }

    private static void appendLines(StringBuilder xml, List<String> lines) {
        lines.forEach(line -> xml.append(Markup.escape(line)).append('\n'));
    }
}
