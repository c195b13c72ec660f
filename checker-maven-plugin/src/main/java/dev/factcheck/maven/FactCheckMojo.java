package dev.factcheck.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every factcheck goal shares: the {@code skip} switch, and the directory Maven was started in, against which
 * relative paths resolve and in which the goal runs.
 */
abstract class FactCheckMojo extends AbstractMojo {
    /** Skips the goal. */
    @Parameter(property = "factcheck.skip", defaultValue = "false")
    private boolean skip;

    /** The directory Maven was started in, against which relative paths resolve and in which the goal runs. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
    private String executionRoot;

    /**
     * The largest source read, in bytes (64 MiB by default); a larger one fails the build naming the file and the
     * limit, before it is read.
     */
    @Parameter(property = "factcheck.maxSourceBytes", defaultValue = "67108864")
    private long maxSourceBytes;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("factcheck: skipped");
            return;
        }
        run(WorkingDirectory.of(executionRoot));
    }

    /** The largest source a goal reads, in bytes. */
    final long maxSourceBytes() throws MojoFailureException {
        if (maxSourceBytes < 1) {
            throw new MojoFailureException("factcheck: maxSourceBytes must be at least 1, was " + maxSourceBytes
                    + " (set -Dfactcheck.maxSourceBytes)");
        }
        return maxSourceBytes;
    }

    /** The goal's work, in the directory Maven was started in. */
    abstract void run(WorkingDirectory directory) throws MojoExecutionException, MojoFailureException;
}
