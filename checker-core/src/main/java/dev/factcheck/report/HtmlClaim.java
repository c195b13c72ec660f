package dev.factcheck.report;

import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Conflict;
import dev.factcheck.extract.Mention;
import dev.factcheck.quantity.IntervalFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One claim's section of {@code report.html}: its verdict, message and declaration, then one column per source that
 * mentions it, each mention shown in its line with its words marked, the conflicting ones outlined and the one the
 * divergence is reported at tagged. Internal.
 */
final class HtmlClaim {
    private HtmlClaim() {}

    static void render(StringBuilder html, ClaimResult claim) {
        String verdict = HtmlReport.cssName(claim.verdict());
        html.append("<section class=\"claim v-")
                .append(verdict)
                .append("\" id=\"")
                .append(Markup.escape(HtmlReport.anchor(claim)))
                .append("\" data-verdict=\"")
                .append(claim.verdict().name())
                .append("\" data-filter=\"")
                .append(verdict)
                .append(claim.isFailing() ? " problem" : "")
                .append(claim.accepted().isPresent() ? " accepted" : "")
                .append("\">\n");
        heading(html, claim);
        sources(html, claim);
        HtmlConflicts.render(html, claim);
        html.append("</section>\n");
    }

    private static void heading(StringBuilder html, ClaimResult claim) {
        String severity = claim.claim().severity().label();
        html.append("<h2>")
                .append(HtmlReport.verdictBadge(claim.verdict()))
                .append(" <code class=\"id\">")
                .append(Markup.escape(claim.id()))
                .append("</code> <span class=\"kind\">")
                .append(Markup.escape(claim.claim().kind().name()))
                .append("</span> <span class=\"severity s-")
                .append(severity)
                .append("\">")
                .append(severity)
                .append("</span></h2>\n");
        claim.claim()
                .description()
                .ifPresent(d -> html.append("<p class=\"description\">")
                        .append(Markup.escape(d))
                        .append("</p>\n"));
        html.append("<p class=\"message\">")
                .append(Markup.escape(claim.message()))
                .append("</p>\n");
        ClaimLines.acceptance(claim)
                .ifPresent(note -> html.append("<p class=\"accepted\">")
                        .append(Markup.escape(note))
                        .append("</p>\n"));
        html.append("<p class=\"declared\">declared at <code>")
                .append(Markup.escape(
                        claim.claim().rulesFile() + ":" + claim.claim().position()))
                .append("</code>");
        claim.claim()
                .expected()
                .ifPresent(e -> html.append(" · expected <q>")
                        .append(Markup.escape(e.text()))
                        .append("</q> = ")
                        .append(Markup.escape(IntervalFormat.describe(e.quantity()))));
        html.append("</p>\n");
    }

    /** The sources side by side, in the order they first mention the claim; above the caps, a line on the rest. */
    private static void sources(StringBuilder html, ClaimResult claim) {
        if (claim.mentions().isEmpty()) {
            html.append("<p class=\"none\">No source mentions this claim.</p>\n");
            return;
        }
        Set<Mention> conflicting = new HashSet<>();
        claim.conflicts().forEach(c -> {
            conflicting.add(c.first());
            conflicting.add(c.second());
        });
        Optional<Mention> blamed =
                claim.conflicts().stream().map(Conflict::second).findFirst();
        HtmlColumns columns = HtmlColumns.of(claim.mentions(), conflicting);
        html.append("<div class=\"sources\">\n");
        columns.shown().forEach((source, mentions) -> {
            html.append("<article class=\"source\">\n<h3 title=\"")
                    .append(Markup.escape(source))
                    .append("\">")
                    .append(Markup.escape(source))
                    .append("</h3>\n");
            mentions.forEach(m -> mention(
                    html, m, conflicting.contains(m), blamed.filter(m::equals).isPresent()));
            html.append("</article>\n");
        });
        html.append("</div>\n");
        more(html, columns);
    }

    /** {@code … and 12,345 more mentions (3 more sources) in report.json}, when the page does not show them all. */
    private static void more(StringBuilder html, HtmlColumns columns) {
        if (columns.hiddenMentions() == 0) {
            return;
        }
        html.append("<p class=\"more\">… and ")
                .append(String.format(Locale.ROOT, "%,d", columns.hiddenMentions()))
                .append(columns.hiddenMentions() == 1 ? " more mention" : " more mentions");
        if (columns.hiddenSources() > 0) {
            html.append(" (")
                    .append(String.format(Locale.ROOT, "%,d", columns.hiddenSources()))
                    .append(columns.hiddenSources() == 1 ? " more source)" : " more sources)");
        }
        html.append(" in report.json</p>\n");
    }

    /** A mention; the one the divergence is reported at (the most contradicted) is tagged so. */
    private static void mention(StringBuilder html, Mention mention, boolean conflicting, boolean blamed) {
        html.append("<div class=\"mention")
                .append(conflicting ? " conflict" : "")
                .append(blamed ? " blamed" : "")
                .append("\">\n<p class=\"where\"><code>")
                .append(mention.position())
                .append("</code> read as <b>")
                .append(Markup.escape(MentionReading.describe(mention)))
                .append("</b>")
                .append(tag(conflicting, blamed))
                .append("</p>\n<blockquote>")
                .append(Excerpt.html(mention))
                .append("</blockquote>\n</div>\n");
    }

    private static String tag(boolean conflicting, boolean blamed) {
        if (blamed) {
            return " <span class=\"tag\">most contradicted</span>";
        }
        return conflicting ? " <span class=\"tag light\">conflicts</span>" : "";
    }
}
