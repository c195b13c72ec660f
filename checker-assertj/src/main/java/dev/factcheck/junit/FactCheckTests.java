package dev.factcheck.junit;

import dev.factcheck.api.FactCheck;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.report.ConsoleLine;
import dev.factcheck.report.ConsoleReport;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Severity;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns a check into JUnit 5 dynamic tests, one per claim, so that {@code mvn test} and IDEs list each claim:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> story() {
 *     return FactCheckTests.forRules(Path.of("rules"), Path.of("."));
 * }
 * }</pre>
 *
 * <p>Each test is named by its claim and verdict ({@code meeting.length (AGREE)}) and fails, with the claim's console
 * report (its message and every mention with its position), when the verdict is a problem ({@code DIVERGE},
 * {@code NOT_FOUND}) at the claim's severity {@code error}, as {@code mvn factcheck:verify} fails by default. A
 * problem at {@code warning} or {@code info} passes, and so does a divergence that a baseline accepts.
 */
public final class FactCheckTests {
    private FactCheckTests() {}

    /**
     * Checks the rule files under {@code rules} (a file or a folder, relative to {@code workingDirectory}) against
     * the sources their globs choose, and returns a test per claim in rule-file order, each linked to its claim's line.
     *
     * @throws InputException listing every problem of the rule files and sources, which fails the test factory
     */
    public static Stream<DynamicTest> forRules(Path rules, Path workingDirectory) {
        CheckResult result = FactCheck.load(rules, workingDirectory).check();
        return tests(result, Severity.ERROR, Optional.of(workingDirectory));
    }

    /** A test per claim of a result already at hand, such as one of {@link FactCheck#builder()}'s checks. */
    public static Stream<DynamicTest> forResult(CheckResult result) {
        return forResult(result, Severity.ERROR);
    }

    /**
     * A test per claim of {@code result}, failing when its verdict is a problem at {@code failAt} or a more serious
     * severity: {@code WARNING} fails warnings too.
     */
    public static Stream<DynamicTest> forResult(CheckResult result, Severity failAt) {
        Objects.requireNonNull(result, "result == null");
        Objects.requireNonNull(failAt, "failAt == null");
        return tests(result, failAt, Optional.empty());
    }

    private static Stream<DynamicTest> tests(CheckResult result, Severity failAt, Optional<Path> workingDirectory) {
        return result.claims().stream()
                .map(claim -> DynamicTest.dynamicTest(
                        claim.id() + " (" + claim.verdict() + ")",
                        workingDirectory.flatMap(dir -> declaredAt(claim, dir)).orElse(null),
                        () -> verify(claim, failAt)));
    }

    private static void verify(ClaimResult claim, Severity failAt) {
        if (claim.isFailing() && claim.claim().severity().isAtLeast(failAt)) {
            Assertions.fail(report(claim));
        }
    }

    /** The claim's lines of the console report: {@code path:line:column: error: message [id]}, then the evidence. */
    static String report(ClaimResult claim) {
        List<ConsoleLine> lines = ConsoleReport.render(new CheckResult(List.of(claim)));
        return lines.subList(0, lines.size() - 1).stream()
                .map(ConsoleLine::text)
                .collect(Collectors.joining("\n"));
    }

    /** The claim's line in its rule file, so that an IDE opens it from the test; empty when there is no such file. */
    private static Optional<URI> declaredAt(ClaimResult claim, Path workingDirectory) {
        Path file = workingDirectory.resolve(claim.claim().rulesFile());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(URI.create(file.toAbsolutePath().normalize().toUri() + "?line="
                + claim.claim().position().line() + "&column="
                + claim.claim().position().column()));
    }
}
