package dev.factcheck.api;

/**
 * How far a check has come, reported after each source: sources read out of those chosen, and mentions found so far.
 *
 * @param sourcesRead the sources read and extracted so far
 * @param sourcesTotal the sources the rule files choose
 * @param mentions the mentions found so far, over every claim
 */
public record Progress(int sourcesRead, int sourcesTotal, long mentions) {
    /** {@code 120/1994 sources read, 3,401 mentions}. */
    public String describe() {
        return String.format(
                java.util.Locale.ROOT, "%d/%d sources read, %,d mentions", sourcesRead, sourcesTotal, mentions);
    }
}
