package dev.factcheck.maven;

import dev.factcheck.api.BaselineFile;
import dev.factcheck.api.FactCheck;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.report.ConsoleLine;
import dev.factcheck.report.ConsoleReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the sources that the rule files choose and fails the build when a claim diverges, is not found or cannot be
 * checked at the {@code failOn} severity. Runs once per build, at the root, and also in a folder without a pom.
 */
@Mojo(name = "verify", aggregator = true, requiresProject = false, threadSafe = true)
public final class VerifyMojo extends AbstractMojo {
    /** The rule file, or a folder whose {@code *.yaml} and {@code *.yml} files are read; relative to the root. */
    @Parameter(property = "factcheck.rules", defaultValue = "rules")
    private String rules;

    /** Skips the check. */
    @Parameter(property = "factcheck.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The least serious claim severity whose problems fail the build: {@code error}, {@code warning}, {@code info},
     * or {@code none} to report without failing.
     */
    @Parameter(property = "factcheck.failOn", defaultValue = "error")
    private String failOn;

    /** Where {@code report.json} is written; relative to the root. */
    @Parameter(property = "factcheck.outputDirectory", defaultValue = "target/factcheck")
    private String outputDirectory;

    /**
     * A baseline file of accepted divergences (see the {@code baseline} goal); relative to the root. Accepted ones are
     * reported but do not fail the build; expired or changed ones fail again.
     */
    @Parameter(property = "factcheck.baseline")
    private String baseline;

    /** The directory Maven was started in, against which relative paths resolve and in which the check runs. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
    private String executionRoot;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("factcheck: skipped");
            return;
        }
        FailOn threshold = FailOn.parse(failOn);
        GoalRun.run("the check", () -> check(WorkingDirectory.of(executionRoot), threshold));
    }

    private void check(WorkingDirectory directory, FailOn threshold) throws MojoFailureException {
        CheckResult result = accepted(
                FactCheck.load(directory.resolve(rules), directory.root()).check(), directory);
        ConsoleReport.render(result).forEach(this::log);
        Path report = FactCheck.writeJsonReport(result, directory.resolve(outputDirectory));
        String shown = directory.display(report);
        getLog().info("factcheck: report written to " + shown);
        List<ClaimResult> failures = threshold.failures(result);
        if (!failures.isEmpty()) {
            List<String> ids = failures.stream().map(ClaimResult::id).toList();
            throw new MojoFailureException(FailureMessage.of(ids, shown));
        }
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
