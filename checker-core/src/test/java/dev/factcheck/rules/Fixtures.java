package dev.factcheck.rules;

import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Reads this package's rule-file fixtures and renders what the parser finds wrong with a text. */
final class Fixtures {
    static final String PATH = "rules/a.yaml";

    private Fixtures() {}

    /** The fixture {@code name} under {@code src/test/resources/dev/factcheck/rules/}. */
    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem of {@code yaml} as {@link Problem#render()} prints it, as if it were {@code rules/a.yaml}. */
    static List<String> problemsOf(String yaml) {
        return RuleParser.check(PATH, yaml).stream().map(Problem::render).toList();
    }

    /** The exception that parsing {@code yaml} throws; fails when it throws another or none. */
    static InputException failureOf(String yaml) {
        try {
            RuleParser.parse(PATH, yaml);
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("expected an InputException for:\n" + yaml);
    }
}
