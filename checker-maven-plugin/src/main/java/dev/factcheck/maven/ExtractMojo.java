package dev.factcheck.maven;

import dev.factcheck.api.Extraction;
import dev.factcheck.report.MentionsReport;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists every quantity that factcheck reads in the chosen sources, one a line, and writes them to
 * {@code mentions.json}: what rule writers look at to see what a source says. Never fails on what it finds. Runs once
 * per build, at the root, and also in a folder without a pom.
 */
@Mojo(name = "extract", aggregator = true, requiresProject = false, threadSafe = true)
public final class ExtractMojo extends FactCheckMojo {
    /**
     * The sources: comma-separated globs relative to the root ({@code *}, {@code ?}, {@code **}, {@code {a,b}}); a glob
     * that matches no file is an error.
     */
    @Parameter(property = "factcheck.sources", required = true)
    private String sources;

    /** Where {@code mentions.json} is written; relative to the root. */
    @Parameter(property = "factcheck.outputDirectory", defaultValue = "target/factcheck")
    private String outputDirectory;

    @Override
    void run(WorkingDirectory directory) throws MojoExecutionException, MojoFailureException {
        List<String> globs = SourceGlobs.parse(sources);
        if (globs.isEmpty()) {
            throw new MojoFailureException("factcheck: no sources given: set -Dfactcheck.sources=<glob>[,<glob>...]");
        }
        long maxBytes = maxSourceBytes();
        GoalRun.run("the extraction", () -> extract(directory, globs, maxBytes));
    }

    private void extract(WorkingDirectory directory, List<String> globs, long maxBytes) {
        Extraction extraction = Extraction.read(globs, directory.root(), maxBytes, directory.resolve(outputDirectory));
        MentionsReport.lines(extraction.quantities(), extraction.sources().size())
                .forEach(getLog()::info);
        Path mentions = extraction.writeMentions(directory.resolve(outputDirectory));
        getLog().info("factcheck: mentions written to " + directory.display(mentions));
    }
}
