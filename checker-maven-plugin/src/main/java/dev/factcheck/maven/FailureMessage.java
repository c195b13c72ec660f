package dev.factcheck.maven;

import java.util.List;

/** The one message a failing check ends the build with. */
final class FailureMessage {
    private FailureMessage() {}

    /** {@code factcheck: 1 claim failed the check: meeting.length (see target/factcheck/report.json)}. */
    static String of(List<String> claimIds, String report) {
        String claims = claimIds.size() == 1 ? "1 claim" : claimIds.size() + " claims";
        return "factcheck: " + claims + " failed the check: " + String.join(", ", claimIds) + " (see " + report + ")";
    }
}
