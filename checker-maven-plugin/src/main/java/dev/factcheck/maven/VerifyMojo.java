package dev.factcheck.maven;

import dev.factcheck.api.FactCheck;
import dev.factcheck.api.FactCheckBuilder;
import dev.factcheck.api.GateOptions;
import dev.factcheck.api.GateOutcome;
import dev.factcheck.report.ConsoleLine;
import dev.factcheck.report.ReportFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
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

    /**
     * How many threads read and extract the sources: {@code 0} (the default) for one per core, {@code 1} for the
     * build's own thread only. The reports are the same with any number.
     */
    @Parameter(property = "factcheck.threads", defaultValue = "0")
    private int threads;

    @Override
    void run(WorkingDirectory directory) throws MojoExecutionException, MojoFailureException {
        FailOn threshold = FailOn.parse(failOn);
        Set<ReportFormat> chosen = formats();
        long maxBytes = maxSourceBytes();
        int chosenThreads = threads();
        GoalRun.run("the check", () -> check(directory, threshold, chosen, maxBytes, chosenThreads));
    }

    private Set<ReportFormat> formats() throws MojoFailureException {
        try {
            return ReportFormat.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("factcheck: formats '" + formats + "': " + e.getMessage()
                    + "; set <formats> or -Dfactcheck.formats");
        }
    }

    private int threads() throws MojoFailureException {
        if (threads < 0) {
            throw new MojoFailureException("factcheck: threads must be 0 (one per core) or more, was " + threads
                    + " (set <threads> or -Dfactcheck.threads)");
        }
        return threads == 0 ? FactCheckBuilder.DEFAULT_THREADS : threads;
    }

    private void check(
            WorkingDirectory directory, FailOn threshold, Set<ReportFormat> chosen, long maxBytes, int threadCount)
            throws MojoFailureException {
        FactCheckBuilder builder = FactCheck.builder()
                .rules(directory.resolve(rules))
                .workingDirectory(directory.root())
                .outputDirectory(directory.resolve(outputDirectory))
                .maxSourceBytes(maxBytes)
                .threads(threadCount);
        if (cache) {
            builder.cacheDirectory(directory.resolve(outputDirectory).resolve("cache"));
        }
        GateOutcome outcome = builder.gate(gateOptions(directory, chosen), new ProgressLog(getLog(), System::nanoTime));
        List<String> reports = show(outcome, directory);
        List<String> failures = threshold.failures(outcome);
        if (!failures.isEmpty()) {
            throw new MojoFailureException(FailureMessage.of(failures, seeAlso(reports)));
        }
    }

    private GateOptions gateOptions(WorkingDirectory directory, Set<ReportFormat> chosen) {
        Optional<Path> baselineFile =
                baseline == null || baseline.isBlank() ? Optional.empty() : Optional.of(directory.resolve(baseline));
        return new GateOptions(
                chosen, directory.resolve(outputDirectory), baselineFile, LocalDate.now(ZoneId.systemDefault()));
    }

    /** Logs the outcome's console lines and report files; returns the files as shown. */
    private List<String> show(GateOutcome outcome, WorkingDirectory directory) {
        if (outcome.unchanged()) {
            getLog().info("factcheck: rules, sources and options unchanged since the last check: its outcome stands"
                    + " (delete "
                    + directory.display(directory.resolve(outputDirectory).resolve("cache"))
                    + " to check afresh)");
        }
        outcome.console().forEach(this::log);
        List<String> reports =
                outcome.reports().stream().map(directory::display).toList();
        String done = outcome.unchanged() ? "factcheck: report unchanged: " : "factcheck: report written to ";
        reports.forEach(shown -> getLog().info(done + shown));
        return reports;
    }

    /** The report a failure points to: report.json when written, else the first file written, else the log. */
    private static String seeAlso(List<String> written) {
        return written.stream()
                .filter(shown -> shown.endsWith("/report.json") || shown.equals("report.json"))
                .findFirst()
                .orElse(written.isEmpty() ? "the log above" : written.get(0));
    }

    private void log(ConsoleLine line) {
        switch (line.severity()) {
            case ERROR -> getLog().error(line.text());
            case WARNING -> getLog().warn(line.text());
            case INFO -> getLog().info(line.text());
        }
    }
}
