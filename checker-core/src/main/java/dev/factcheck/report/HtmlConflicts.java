package dev.factcheck.report;

import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Conflict;
import dev.factcheck.compare.WordChange;
import dev.factcheck.extract.Mention;
import java.util.List;

/**
 * The conflicting pairs of a claim in {@code report.html}: two figures side by side; for quotes, both wordings, the
 * words dropped or replaced struck through in the first, those added or put in their place marked in the second, and
 * the list of changes. Internal.
 */
final class HtmlConflicts {
    private HtmlConflicts() {}

    static void render(StringBuilder html, ClaimResult claim) {
        if (claim.conflicts().isEmpty()) {
            return;
        }
        html.append("<div class=\"conflicts\">\n<h3>Cannot both be true</h3>\n<ol>\n");
        for (Conflict conflict : claim.conflicts()) {
            html.append("<li>");
            if (conflict.changes().isEmpty()) {
                html.append(side(conflict.first()))
                        .append(" <span class=\"versus\">✕</span> ")
                        .append(side(conflict.second()));
            } else {
                changes(html, conflict);
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n</div>\n");
    }

    private static String side(Mention mention) {
        return "<span class=\"side\"><code>" + Markup.escape(mention.location()) + "</code> <q>"
                + Markup.escape(Excerpt.shortened(mention.text(), 120)) + "</q></span>";
    }

    private static void changes(StringBuilder html, Conflict conflict) {
        List<String> removed = conflict.changes().stream()
                .filter(c -> c.type() != WordChange.Type.ADDED)
                .map(WordChange::from)
                .toList();
        List<String> inserted = conflict.changes().stream()
                .filter(c -> c.type() != WordChange.Type.DROPPED)
                .map(WordChange::to)
                .toList();
        html.append("<div class=\"changes\">\n<p class=\"wording\"><code>")
                .append(Markup.escape(conflict.first().location()))
                .append("</code> ")
                .append(marked(conflict.first().text(), removed, "del"))
                .append("</p>\n<p class=\"wording\"><code>")
                .append(Markup.escape(conflict.second().location()))
                .append("</code> ")
                .append(marked(conflict.second().text(), inserted, "ins"))
                .append("</p>\n<ul class=\"word-changes\">\n");
        conflict.changes().forEach(c -> html.append("<li>").append(change(c)).append("</li>\n"));
        html.append("</ul>\n</div>\n");
    }

    private static String change(WordChange change) {
        String from = "<del>" + Markup.escape(change.from()) + "</del>";
        String to = "<ins>" + Markup.escape(change.to()) + "</ins>";
        return switch (change.type()) {
            case REPLACED -> from + " → " + to;
            case DROPPED -> "dropped " + from;
            case ADDED -> "added " + to;
        };
    }

    /** {@code text} escaped, each phrase wrapped in {@code tag} where it next stands, in order. */
    static String marked(String text, List<String> phrases, String tag) {
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        for (String phrase : phrases) {
            int at = phrase.isEmpty() ? -1 : text.indexOf(phrase, cursor);
            if (at >= 0) {
                out.append(Markup.escape(text.substring(cursor, at)))
                        .append('<')
                        .append(tag)
                        .append('>')
                        .append(Markup.escape(phrase))
                        .append("</")
                        .append(tag)
                        .append('>');
                cursor = at + phrase.length();
            }
        }
        return out.append(Markup.escape(text.substring(cursor))).toString();
    }
}
