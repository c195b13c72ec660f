package dev.factcheck.maven;

import dev.factcheck.api.BaselineFile;
import dev.factcheck.api.FactCheck;
import dev.factcheck.api.FactCheckBuilder;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.report.ConsoleLine;
import dev.factcheck.report.ConsoleReport;
import dev.factcheck.report.ReportFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the sources that the rule files choose and fails the build when a claim diverges or is not found at the
 * {@code failOn} severity, unless a baseline accepts it. Runs once per build, at the root, and also in a folder without
 * a pom. Bound to the {@code verify} phase, so that a build which lists the goal in an execution runs it on
 * {@code mvn verify}.
 */
@Mojo(
        name = "verify",
        defaultPhase = LifecyclePhase.VERIFY,
        aggregator = true,
        requiresProject = false,
        threadSafe = true)
public final class VerifyMojo extends FactCheckMojo {
    /** The rule file, or a folder whose {@code *.yaml} and {@code *.yml} files are read; relative to the root. */
    @Parameter(property = "factcheck.rules", defaultValue = "rules")
    private String rules;

    /**
     * The least serious claim severity whose problems fail the build: {@code error}, {@code warning}, {@code info},
     * or {@code none} to report without failing.
     */
    @Parameter(property = "factcheck.failOn", defaultValue = "error")
    private String failOn;

    /** Where the report files are written; relative to the root. */
    @Parameter(property = "factcheck.outputDirectory", defaultValue = "target/factcheck")
    private String outputDirectory;

    /**
     * The reports to produce, comma-separated: {@code console} (the log), {@code json} ({@code report.json}),
     * {@code html} ({@code report.html}), {@code sarif} ({@code report.sarif}), {@code junit}
     * ({@code TEST-factcheck.xml}), {@code markdown} ({@code summary.md}), or {@code all}.
     */
    @Parameter(property = "factcheck.formats", defaultValue = "console,json,html")
    private String formats;

    /**
     * A baseline file of accepted divergences (see the {@code baseline} goal); relative to the root. Accepted ones are
     * reported but do not fail the build; expired or changed ones fail again.
     */
    @Parameter(property = "factcheck.baseline")
    private String baseline;

    /**
     * Keeps what each rule file's claims found in each source in {@code <outputDirectory>/cache}, so that a rerun reads
     * and extracts only the sources, or the stories, that changed; the result is the same either way, and the folder
     * is safe to delete. {@code false} checks without reading or writing it.
     */
    @Parameter(property = "factcheck.cache", defaultValue = "true")
    private boolean cache;

    @Override
    void run(WorkingDirectory directory) throws MojoExecutionException, MojoFailureException {
        FailOn threshold = FailOn.parse(failOn);
        Set<ReportFormat> chosen = formats();
        long maxBytes = maxSourceBytes();
        GoalRun.run("the check", () -> check(directory, threshold, chosen, maxBytes));
    }

    private Set<ReportFormat> formats() throws MojoFailureException {
        try {
            return ReportFormat.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("factcheck: formats '" + formats + "': " + e.getMessage()
                    + "; set <formats> or -Dfactcheck.formats");
        }
    }

    private void check(WorkingDirectory directory, FailOn threshold, Set<ReportFormat> chosen, long maxBytes)
            throws MojoFailureException {
        FactCheckBuilder builder = FactCheck.builder()
                .rules(directory.resolve(rules))
                .workingDirectory(directory.root())
                .outputDirectory(directory.resolve(outputDirectory))
                .maxSourceBytes(maxBytes);
        if (cache) {
            builder.cacheDirectory(directory.resolve(outputDirectory).resolve("cache"));
        }
        FactCheck check = builder.build();
        CheckResult result = accepted(check.check(new ProgressLog(getLog(), System::nanoTime)), directory);
        if (chosen.contains(ReportFormat.CONSOLE)) {
            ConsoleReport.render(result).forEach(this::log);
        }
        List<String> written = FactCheck.writeReports(result, chosen, directory.resolve(outputDirectory)).stream()
                .map(directory::display)
                .toList();
        written.forEach(shown -> getLog().info("factcheck: report written to " + shown));
        List<ClaimResult> failures = threshold.failures(result);
        if (!failures.isEmpty()) {
            List<String> ids = failures.stream().map(ClaimResult::id).toList();
            throw new MojoFailureException(FailureMessage.of(ids, seeAlso(written)));
        }
    }

    /** The report a failure points to: report.json when written, else the first file written, else the log. */
    private static String seeAlso(List<String> written) {
        return written.stream()
                .filter(shown -> shown.endsWith("/report.json") || shown.equals("report.json"))
                .findFirst()
                .orElse(written.isEmpty() ? "the log above" : written.get(0));
    }

    /** The result with the baseline's acceptances, when a baseline is given. */
    private CheckResult accepted(CheckResult result, WorkingDirectory directory) {
        if (baseline == null || baseline.isBlank()) {
            return result;
        }
        Path file = directory.resolve(baseline);
        return BaselineFile.read(file, directory.display(file)).apply(result, LocalDate.now(ZoneId.systemDefault()));
    }

    private void log(ConsoleLine line) {
        switch (line.severity()) {
            case ERROR -> getLog().error(line.text());
            case WARNING -> getLog().warn(line.text());
            case INFO -> getLog().info(line.text());
        }
    }
}
