package dev.factcheck.maven;

import dev.factcheck.source.InputException;
import java.nio.file.InvalidPathException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Runs the work of a goal and maps what goes wrong to Maven's outcomes: the user's mistakes fail the build with their
 * message only, never a stack trace; anything else is our bug, an execution error with its cause.
 */
final class GoalRun {
    private GoalRun() {}

    /** The work of a goal, which may fail the build itself. */
    @FunctionalInterface
    interface Work {
        void run() throws MojoFailureException;
    }

    /** Runs {@code work}; {@code task} names it in the message of an unexpected failure ({@code the check}). */
    static void run(String task, Work work) throws MojoExecutionException, MojoFailureException {
        try {
            work.run();
        } catch (InputException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (InvalidPathException e) {
            throw new MojoFailureException("factcheck: not a valid path: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("factcheck: " + task + " failed unexpectedly: " + e, e);
        }
    }
}
