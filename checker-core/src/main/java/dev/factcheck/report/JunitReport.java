package dev.factcheck.report;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The report as JUnit XML ({@code TEST-factcheck.xml}), so that CI servers list claims as tests: one test suite
 * {@code factcheck}, one test case per claim (class name: its rule file; name: its id), failed when its verdict is a
 * problem, with the message and the evidence lines, and skipped when the baseline accepts it; the other claims keep
 * their evidence as the test's output.
 */
public final class JunitReport {
    private JunitReport() {}

    /** The whole document as one string: the same text {@link #write} writes. */
    public static String render(CheckResult result) {
        return Document.text(out -> write(result, out));
    }

    /**
     * Writes the document to {@code out} a test case at a time; flushes {@code out} but leaves it open.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public static void write(CheckResult result, Writer out) throws IOException {
        long failures = result.claims().stream().filter(ClaimResult::isFailing).count();
        long skipped =
                result.claims().stream().filter(c -> c.accepted().isPresent()).count();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<testsuite name=\"factcheck\" tests=\"")
                .append(String.valueOf(result.claims().size()))
                .append("\" failures=\"")
                .append(String.valueOf(failures))
                .append("\" errors=\"0\" skipped=\"")
                .append(String.valueOf(skipped))
                .append("\">\n");
        for (ClaimResult claim : result.claims()) {
            StringBuilder xml = new StringBuilder(1_024);
            testCase(xml, claim);
            out.append(xml);
        }
        out.append("</testsuite>\n").flush();
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
