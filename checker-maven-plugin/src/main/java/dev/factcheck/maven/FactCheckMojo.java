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

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("factcheck: skipped");
            return;
        }
        run(WorkingDirectory.of(executionRoot));
    }

    /** The goal's work, in the directory Maven was started in. */
    abstract void run(WorkingDirectory directory) throws MojoExecutionException, MojoFailureException;
}
