package dev.factcheck.api;

import dev.factcheck.compare.CheckResult;
import java.nio.file.Path;

/**
 * A fact-consistency check, loaded from rule files: {@code FactCheck.load(Path.of("rules"), Path.of(""))
 * .check()}. Immutable and thread-safe; each {@link #check()} reads the sources afresh.
 */
public final class FactCheck {
    private FactCheck() {}

    /**
     * Loads every {@code *.yaml} and {@code *.yml} file under {@code rules} (a file or folder). Paths in messages and
     * reports are shown relative to {@code workingDirectory}.
     *
     * @throws dev.factcheck.source.InputException listing every problem of every rule file
     */
    public static FactCheck load(Path rules, Path workingDirectory) {
        throw new UnsupportedOperationException("being written");
    }

    /**
     * Reads the sources that the rule files' globs choose and checks every claim against them.
     *
     * @throws dev.factcheck.source.InputException listing every source that matched no file or could not be read
     */
    public CheckResult check() {
        throw new UnsupportedOperationException("being written");
    }

    /** Writes {@code report.json} into {@code outputDirectory}, creating it, and returns the file written. */
    public static Path writeJsonReport(CheckResult result, Path outputDirectory) {
        throw new UnsupportedOperationException("being written");
    }
}
