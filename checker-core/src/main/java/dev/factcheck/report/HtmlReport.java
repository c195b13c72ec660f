package dev.factcheck.report;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained web page ({@code report.html}) for editors: the summary, then each claim (problems
 * first) with its verdict, the sources side by side with each mention marked in its line, the conflicting pairs and, for quotes, the
 * words that differ. Styles and the small filter script are inline and a content security policy forbids every
 * fetch, so the page shows the same offline, from a CI artifact or an e-mail. All text is HTML-escaped.
 */
public final class HtmlReport {
    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    private HtmlReport() {}

    /** The whole page as one string: the same text {@link #write} writes. */
    public static String render(CheckResult result) {
        return Document.text(out -> write(result, out));
    }

    /**
     * Writes the page to {@code out} a claim at a time, so that only one claim's section is held in memory; each
     * shows at most {@value HtmlColumns#MAX_MENTIONS} mentions from {@value HtmlColumns#MAX_SOURCES} sources, then
     * says how many more report.json has. Leaves {@code out} open.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public static void write(CheckResult result, Writer out) throws IOException {
        StringBuilder head = new StringBuilder(16_384);
        head.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"factcheck\">\n")
                .append("<title>factcheck report</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        header(head, result);
        out.append(head).append("<main>\n");
        for (ClaimResult claim : ordered(result)) {
            StringBuilder section = new StringBuilder(4_096);
            HtmlClaim.render(section, claim);
            out.append(section);
        }
        out.append("</main>\n<footer>factcheck report · ")
                .append(JsonReport.SCHEMA)
                .append(" in report.json</footer>\n<script>\n")
                .append(SCRIPT)
                .append("</script>\n</body>\n</html>\n");
        out.flush();
    }

    /** The summary, a filter button per verdict present, and an index of the claims. */
    private static void header(StringBuilder html, CheckResult result) {
        html.append("<header class=\"page\">\n<h1>factcheck report</h1>\n<p class=\"summary\" id=\"summary\">")
                .append(Markup.escape(Summary.of(result)))
                .append("</p>\n<nav class=\"filters\" aria-label=\"Show claims\">\n");
        filter(html, "all", "all", result.claims().size());
        filter(
                html,
                "problem",
                "problems",
                result.claims().stream().filter(ClaimResult::isFailing).count());
        for (Verdict verdict : Verdict.values()) {
            if (result.count(verdict) > 0) {
                filter(html, cssName(verdict), verdict.name(), result.count(verdict));
            }
        }
        long accepted =
                result.claims().stream().filter(c -> c.accepted().isPresent()).count();
        if (accepted > 0) {
            filter(html, "accepted", "accepted", accepted);
        }
        html.append("</nav>\n<ol class=\"index\">\n");
        for (ClaimResult claim : ordered(result)) {
            html.append("<li><a href=\"#")
                    .append(Markup.escape(anchor(claim)))
                    .append("\">")
                    .append(verdictBadge(claim.verdict()))
                    .append(" <code>")
                    .append(Markup.escape(claim.id()))
                    .append("</code></a></li>\n");
        }
        html.append("</ol>\n</header>\n");
    }

    /** Problems first, since they are what an editor opens the page for; each group in rule-file order. */
    static List<ClaimResult> ordered(CheckResult result) {
        List<ClaimResult> ordered = new ArrayList<>(result.claims());
        ordered.sort(Comparator.comparing(c -> !c.isFailing()));
        return ordered;
    }

    private static void filter(StringBuilder html, String show, String label, long count) {
        html.append("<button type=\"button\" data-show=\"")
                .append(show)
                .append("\" aria-pressed=\"")
                .append("all".equals(show))
                .append("\">")
                .append(Markup.escape(label))
                .append(" <span class=\"count\">")
                .append(count)
                .append("</span></button>\n");
    }

    /** A verdict as a coloured badge: {@code <span class="verdict v-diverge">DIVERGE</span>}. */
    static String verdictBadge(Verdict verdict) {
        return "<span class=\"verdict v-" + cssName(verdict) + "\">" + verdict.name() + "</span>";
    }

    /** {@code single-source} for {@link Verdict#SINGLE_SOURCE}: the verdict's name in class names and filters. */
    static String cssName(Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The id of a claim's section: {@code claim-meeting.length}. */
    static String anchor(ClaimResult claim) {
        return "claim-" + claim.id();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/factcheck/report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
