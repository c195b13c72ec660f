package dev.factcheck.report;

import dev.factcheck.source.Severity;
import java.util.Objects;

/** One line of the console report and how loud it is, so that a build tool can log it at the matching level. */
public record ConsoleLine(Severity severity, String text) {
    public ConsoleLine {
        Objects.requireNonNull(severity, "severity == null");
        Objects.requireNonNull(text, "text == null");
    }
}
