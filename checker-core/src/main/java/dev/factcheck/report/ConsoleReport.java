package dev.factcheck.report;

import dev.factcheck.compare.CheckResult;
import java.util.List;

/**
 * The console report: one line per claim ({@code path:line:column: severity: message [claim-id]}), the evidence
 * lines under it, and a summary line last.
 */
public final class ConsoleReport {
    private ConsoleReport() {}

    public static List<ConsoleLine> render(CheckResult result) {
        throw new UnsupportedOperationException("being written");
    }
}
