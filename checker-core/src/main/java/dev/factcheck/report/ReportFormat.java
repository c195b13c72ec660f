package dev.factcheck.report;

import dev.factcheck.compare.CheckResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The formats a check's result is rendered in, each with the file it is written to: the console lines (printed by the
 * caller, never written), {@code report.json}, {@code report.html}, {@code report.sarif}, {@code TEST-factcheck.xml}
 * and {@code summary.md}.
 */
public enum ReportFormat {
    CONSOLE(""),
    JSON("report.json"),
    HTML("report.html"),
    SARIF("report.sarif"),
    JUNIT("TEST-factcheck.xml"),
    MARKDOWN("summary.md");

    /** The word that chooses every format in {@link #parse(String)}. */
    public static final String ALL = "all";

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The name users write: {@code console}, {@code json}, {@code html}, {@code sarif}, {@code junit}... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file this format is written to in the output directory; empty for the console, which is printed. */
    public Optional<String> fileName() {
        return fileName.isEmpty() ? Optional.empty() : Optional.of(fileName);
    }

    /** The whole report in this format; for the console, its lines joined, each ending with a line break. */
    public String render(CheckResult result) {
        return Document.text(out -> write(result, out));
    }

    /**
     * Writes the report in this format to {@code out} as it is produced, the same text {@link #render} returns,
     * without holding the whole document in memory; flushes {@code out} but leaves it open.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public void write(CheckResult result, Writer out) throws IOException {
        Document document = switch (this) {
            case CONSOLE -> console -> ReportFormat.console(result, console);
            case JSON -> json -> JsonReport.write(result, json);
            case HTML -> html -> HtmlReport.write(result, html);
            case SARIF -> sarif -> SarifReport.write(result, sarif);
            case JUNIT -> junit -> JunitReport.write(result, junit);
            case MARKDOWN -> markdown -> MarkdownReport.write(result, markdown);
        };
        document.writeTo(out);
    }

    private static void console(CheckResult result, Writer out) throws IOException {
        for (ConsoleLine line : ConsoleReport.render(result)) {
            out.append(line.text()).append('\n');
        }
        out.flush();
    }

    /**
     * The formats a comma-separated list names, ignoring case and blanks: {@code console,json,html}, or {@code all}
     * for every format.
     *
     * @throws IllegalArgumentException naming the unknown or missing format and listing the allowed names
     */
    public static Set<ReportFormat> parse(String commaSeparated) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        String list = commaSeparated == null ? "" : commaSeparated;
        for (String item : list.split(",", -1)) {
            String name = item.strip().toLowerCase(Locale.ROOT);
            if (name.equals(ALL)) {
                formats.addAll(EnumSet.allOf(ReportFormat.class));
            } else if (!name.isEmpty()) {
                formats.add(named(name, item.strip()));
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no report format in '" + list + "' " + allowed());
        }
        return Collections.unmodifiableSet(formats);
    }

    private static ReportFormat named(String name, String written) {
        return Arrays.stream(values())
                .filter(f -> f.label().equals(name))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("unknown report format '" + written + "' " + allowed()));
    }

    private static String allowed() {
        return "(expected a comma-separated list of: "
                + Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", ")) + ", or " + ALL
                + ")";
    }
}
