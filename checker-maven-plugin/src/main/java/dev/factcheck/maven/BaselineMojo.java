package dev.factcheck.maven;

import dev.factcheck.api.BaselineFile;
import dev.factcheck.api.FactCheck;
import dev.factcheck.compare.Baseline;
import dev.factcheck.compare.CheckResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the check and writes a baseline that accepts every divergence and unfound claim it reports, each with the
 * fingerprint of its current evidence, a reason and an expiry date. {@code verify} with {@code factcheck.baseline}
 * then reports them without failing, until they expire or their evidence changes.
 */
@Mojo(name = "baseline", aggregator = true, requiresProject = false, threadSafe = true)
public final class BaselineMojo extends FactCheckMojo {
    /** How long an acceptance lasts when {@code expires} is not given. */
    static final int DEFAULT_DAYS = 90;

    /** The rule file, or a folder whose {@code *.yaml} and {@code *.yml} files are read; relative to the root. */
    @Parameter(property = "factcheck.rules", defaultValue = "rules")
    private String rules;

    /** The baseline file to write; relative to the root. */
    @Parameter(property = "factcheck.baseline", defaultValue = "factcheck-baseline.yaml")
    private String baseline;

    /** Why these divergences are accepted, written into each entry. */
    @Parameter(property = "factcheck.reason", defaultValue = "accepted with factcheck:baseline")
    private String reason;

    /** The date the acceptances expire, {@code 2027-01-31}; 90 days from today when not given. */
    @Parameter(property = "factcheck.expires")
    private String expires;

    @Override
    void run(WorkingDirectory directory) throws MojoExecutionException, MojoFailureException {
        LocalDate until = expiry();
        long maxBytes = maxSourceBytes();
        GoalRun.run("writing the baseline", () -> write(directory, until, maxBytes));
    }

    private LocalDate expiry() throws MojoFailureException {
        if (expires == null || expires.isBlank()) {
            return LocalDate.now(ZoneId.systemDefault()).plusDays(DEFAULT_DAYS);
        }
        try {
            return LocalDate.parse(expires.strip());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException(
                    "factcheck: expires '" + expires + "' is not a date such as 2027-01-31 (set -Dfactcheck.expires)");
        }
    }

    private void write(WorkingDirectory directory, LocalDate until, long maxBytes) {
        CheckResult result = FactCheck.builder()
                .rules(directory.resolve(rules))
                .workingDirectory(directory.root())
                .maxSourceBytes(maxBytes)
                .build()
                .check();
        Baseline accepted = Baseline.of(result, reason, until);
        Path file = BaselineFile.write(accepted, directory.resolve(baseline));
        getLog().info("factcheck: " + accepted.entries().size() + " accepted "
                + (accepted.entries().size() == 1 ? "divergence" : "divergences") + " until " + until
                + " written to " + directory.display(file));
    }
}
