package dev.factcheck.maven;

import dev.factcheck.api.GateOutcome;
import dev.factcheck.source.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;

/** The {@code failOn} parameter: the least serious claim severity whose problems fail the build, or none. */
enum FailOn {
    ERROR(Optional.of(Severity.ERROR)),
    WARNING(Optional.of(Severity.WARNING)),
    INFO(Optional.of(Severity.INFO)),
    NONE(Optional.empty());

    private final Optional<Severity> threshold;

    FailOn(Optional<Severity> threshold) {
        this.threshold = threshold;
    }

    /** Reads the parameter's value, ignoring case and surrounding blanks; any other value is the user's mistake. */
    static FailOn parse(String value) throws MojoFailureException {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.label().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new MojoFailureException(rejection(value)));
    }

    /** The ids of the claims that fail the build at this setting, in rule-file order; none for {@link #NONE}. */
    List<String> failures(GateOutcome outcome) {
        return threshold.map(outcome::problemsAtLeast).orElse(List.of());
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String rejection(String value) {
        String allowed = Arrays.stream(values()).map(FailOn::label).collect(Collectors.joining(", "));
        return "factcheck: failOn '" + value + "' is not one of: " + allowed
                + " (set <failOn> or -Dfactcheck.failOn to one of them)";
    }
}
