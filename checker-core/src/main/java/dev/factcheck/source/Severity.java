package dev.factcheck.source;

import java.util.Locale;

/** How much a finding matters, from most to least serious. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case word used in rule files, messages and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as serious as {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }
}
