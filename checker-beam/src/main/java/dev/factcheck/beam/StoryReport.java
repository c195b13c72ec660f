package dev.factcheck.beam;

import java.util.Objects;

/**
 * One story's outcome and its {@code report.json} text, exactly as {@code mvn factcheck:verify} writes it; the text
 * is empty when the check did not run (the outcome then says why).
 */
record StoryReport(StoryOutcome outcome, String reportJson) {
    StoryReport {
        Objects.requireNonNull(outcome, "outcome == null");
        Objects.requireNonNull(reportJson, "reportJson == null");
    }

    static StoryReport failed(StoryOutcome outcome) {
        return new StoryReport(outcome, "");
    }
}
