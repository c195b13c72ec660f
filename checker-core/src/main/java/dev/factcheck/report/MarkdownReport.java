package dev.factcheck.report;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as a Markdown table ({@code summary.md}) for a pull request comment or a CI step summary: the summary
 * line as a heading, then one row per claim with its verdict, message and mentions. Text from rule files and sources
 * is escaped, so that it can neither break the table nor become a link or HTML.
 */
public final class MarkdownReport {
    /** How many mentions a row lists before it says how many more there are. */
    static final int MAX_MENTIONS = 5;

    private MarkdownReport() {}

    /** The whole table as one string: the same text {@link #write} writes. */
    public static String render(CheckResult result) {
        return Document.text(out -> write(result, out));
    }

    /**
     * Writes the table to {@code out} a row at a time; flushes {@code out} but leaves it open.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public static void write(CheckResult result, Writer out) throws IOException {
        out.append("### ").append(escape(Summary.of(result))).append("\n\n");
        out.append("| claim | verdict | message | mentions |\n");
        out.append("| --- | --- | --- | --- |\n");
        for (ClaimResult claim : result.claims()) {
            out.append(row(claim));
        }
        out.flush();
    }

    private static String row(ClaimResult claim) {
        return "| `" + claim.id() + "` | " + verdict(claim) + " | "
                + escape(claim.message()
                        + ClaimLines.acceptance(claim).map(n -> " (" + n + ")").orElse(""))
                + " | " + mentions(claim) + " |\n";
    }

    /** The verdict with a sign that reads at a glance: a problem's sign says how much it matters. */
    private static String verdict(ClaimResult claim) {
        if (claim.accepted().isPresent()) {
            return "☑️ " + claim.verdict().name().replace('_', ' ') + " (accepted)";
        }
        String sign = switch (claim.verdict()) {
            case AGREE -> "✅";
            case SINGLE_SOURCE -> "➖";
            case DIVERGE, NOT_FOUND ->
                switch (claim.claim().severity()) {
                    case ERROR -> "❌";
                    case WARNING -> "⚠️";
                    case INFO -> "ℹ️";
                };
        };
        String label = sign + " " + claim.verdict().name().replace('_', ' ');
        return claim.verdict().isProblem()
                ? label + " (" + claim.claim().severity().label() + ")"
                : label;
    }

    private static String mentions(ClaimResult claim) {
        List<String> cells = new ArrayList<>();
        claim.mentions().stream()
                .limit(MAX_MENTIONS)
                .forEach(m -> cells.add(code(m.location()) + " '" + escape(Excerpt.shortened(m.text(), 80)) + "'"));
        int more = claim.mentions().size() - MAX_MENTIONS;
        if (more > 0) {
            cells.add("and " + more + " more");
        }
        return cells.isEmpty() ? "none" : String.join("<br>", cells);
    }

    /** A code span, whose text needs no escaping but a table's pipe; plain escaped text if it holds a backtick. */
    static String code(String text) {
        if (text.indexOf('`') >= 0 || text.indexOf('\n') >= 0) {
            return escape(text);
        }
        return "`" + text.replace("|", "\\|") + "`";
    }

    /**
     * Backslash-escapes the characters that could start Markdown or HTML syntax or end a table cell; line breaks
     * become spaces, since a row is one line.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n' || c == '\r') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
