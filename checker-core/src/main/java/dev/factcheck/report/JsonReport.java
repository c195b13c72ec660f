package dev.factcheck.report;

import dev.factcheck.compare.CheckResult;

/** The machine-readable report, schema {@code factcheck-report/1}. */
public final class JsonReport {
    private JsonReport() {}

    public static String render(CheckResult result) {
        throw new UnsupportedOperationException("being written");
    }
}
