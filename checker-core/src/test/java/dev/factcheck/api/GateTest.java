package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.compare.Baseline;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.report.ConsoleReport;
import dev.factcheck.report.JsonReport;
import dev.factcheck.report.ReportFormat;
import dev.factcheck.source.InputException;
import dev.factcheck.source.ReadLimit;
import dev.factcheck.source.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gate gives the outcome a cold check gives; with a cache, a rerun with nothing changed gives the last outcome again
 * without checking or writing, and any change of what the outcome depends on checks afresh.
 */
class GateTest {
    private static final String RULES = """
            sources: [news/*.txt]
            claims:
              - id: storm.deaths
                kind: count
                near: [killed]
            """;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path dir;

    @BeforeEach
    void story() throws IOException {
        Files.writeString(dir.resolve("rules.yaml"), RULES, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("news"));
        source(0, "The storm killed 12 people.", 2);
        source(1, "Officials said 14 people were killed.", 2);
    }

    @Test
    void aGateGivesTheBaselinedConsoleReportsAndProblemsOfTheCheck() {
        CheckResult cold = FactCheck.load(dir.resolve("rules.yaml"), dir).check();

        GateOutcome outcome = gate(false, options(Set.of(ReportFormat.CONSOLE, ReportFormat.JSON)));

        assertThat(outcome.unchanged()).isFalse();
        assertThat(outcome.console()).isEqualTo(ConsoleReport.render(cold));
        assertThat(outcome.reports()).containsExactly(dir.resolve("out/report.json"));
        assertThat(outcome.problems()).containsExactly(new GateOutcome.ClaimProblem("storm.deaths", Severity.ERROR));
        assertThat(outcome.problemsAtLeast(Severity.ERROR)).containsExactly("storm.deaths");
    }

    @Test
    void aRerunWithNothingChangedGivesTheLastOutcomeWithoutWritingTheReportsAgain() throws IOException {
        GateOutcome first = gate(true, options());
        FileTime written = Files.getLastModifiedTime(dir.resolve("out/report.json"));
        String report = Files.readString(dir.resolve("out/report.json"));

        GateOutcome second = gate(true, options());

        assertThat(first.unchanged()).isFalse();
        assertThat(second.unchanged()).isTrue();
        assertThat(second.console()).isEqualTo(first.console()).isNotEmpty();
        assertThat(second.reports()).isEqualTo(first.reports());
        assertThat(second.problems()).isEqualTo(first.problems()).isNotEmpty();
        assertThat(Files.getLastModifiedTime(dir.resolve("out/report.json"))).isEqualTo(written);
        assertThat(Files.readString(dir.resolve("out/report.json"))).isEqualTo(report);
    }

    @Test
    void aRerunWithNothingChangedIsDecidedBeforeTheRuleFilesAreParsed() throws IOException {
        GateOutcome first = gate(true, options());
        Path cache = dir.resolve("out/cache");
        Paths paths = new Paths(dir, Paths.DEFAULT_OUTPUT).alsoOutput(cache);
        ReadLimit limit = ReadLimit.source(ReadLimit.DEFAULT_SOURCE_BYTES);

        Optional<GateOutcome> unchanged = GateRerun.look(
                        List.of(dir.resolve("rules.yaml")), paths, cache, limit, options())
                .flatMap(GateRerun.Seen::last);
        Files.writeString(dir.resolve("rules.yaml"), RULES + "# reviewed\n", StandardCharsets.UTF_8);
        Optional<GateRerun.Seen> ruleEditedSeen =
                GateRerun.look(List.of(dir.resolve("rules.yaml")), paths, cache, limit, options());
        Optional<GateOutcome> ruleEdited = ruleEditedSeen.flatMap(GateRerun.Seen::last);

        assertThat(unchanged).hasValueSatisfying(last -> {
            assertThat(last.unchanged()).isTrue();
            assertThat(last.console()).isEqualTo(first.console());
        });
        assertThat(ruleEdited).isEmpty();
        assertThat(ruleEditedSeen)
                .as("an edited rule file is parsed: nothing is taken from the last gate")
                .isEmpty();
    }

    @Test
    void aRerunWithAChangedSourceTakesTheSourcesAndKeyTheLookFoundAndKeepsTheNewOutcome() throws IOException {
        gate(true, options());
        source(1, "Officials said 12 people were killed.", 1);
        Path cache = dir.resolve("out/cache");
        Paths paths = new Paths(dir, Paths.DEFAULT_OUTPUT).alsoOutput(cache);
        ReadLimit limit = ReadLimit.source(ReadLimit.DEFAULT_SOURCE_BYTES);

        Optional<GateRerun.Seen> seen =
                GateRerun.look(List.of(dir.resolve("rules.yaml")), paths, cache, limit, options());
        GateOutcome rerun = gate(true, options());
        GateOutcome again = gate(true, options());

        assertThat(seen).hasValueSatisfying(look -> {
            assertThat(look.last()).isEmpty();
            assertThat(look.key()).isPresent();
            assertThat(look.sources()).containsExactly(List.of(dir.resolve("news/0.txt"), dir.resolve("news/1.txt")));
        });
        assertThat(rerun.unchanged()).isFalse();
        assertThat(again.unchanged()).isTrue();
        assertThat(again.problems()).isEqualTo(rerun.problems()).isEmpty();
    }

    @Test
    void aBuiltCheckGivesTheLastOutcomeAsTheBuilderDoesBeforeParsing() {
        GateOutcome first = gate(true, options());

        GateOutcome second = cachedBuilder().build().gate(options(), progress -> {});

        assertThat(second.unchanged()).isTrue();
        assertThat(second.console()).isEqualTo(first.console());
        assertThat(second.problems()).isEqualTo(first.problems());
    }

    @Test
    void aChangedRuleFileIsParsedAndCheckedAgain() throws IOException {
        gate(true, options());

        Files.writeString(dir.resolve("rules.yaml"), RULES.replace("killed", "were killed"), StandardCharsets.UTF_8);
        GateOutcome rerun = gate(true, options());
        GateOutcome again = gate(true, options());

        assertThat(rerun.unchanged()).isFalse();
        assertThat(again.unchanged()).isTrue();
        assertThat(again.console()).isEqualTo(rerun.console());
    }

    @Test
    void aBrokenRuleFileFailsTheRerunThoughTheLastGateWasKept() throws IOException {
        gate(true, options());

        Files.writeString(dir.resolve("rules.yaml"), RULES + "  - id: [\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> gate(true, options()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("rules.yaml");
    }

    @Test
    void aNewSourceTheGlobsChooseIsCheckedAgain() throws IOException {
        gate(true, options());

        source(2, "Later 12 people were said to have been killed.", 2);
        GateOutcome rerun = gate(true, options());

        assertThat(rerun.unchanged()).isFalse();
        assertThat(Files.readString(dir.resolve("out/report.json"))).contains("news/2.txt");
    }

    @Test
    void aChangedSourceIsCheckedAgain() throws IOException {
        gate(true, options());

        source(1, "Officials said 12 people were killed.", 1);
        GateOutcome rerun = gate(true, options());

        assertThat(rerun.unchanged()).isFalse();
        assertThat(rerun.problems()).isEmpty();
        assertThat(Files.readString(dir.resolve("out/report.json")))
                .isEqualTo(JsonReport.render(
                        FactCheck.load(dir.resolve("rules.yaml"), dir).check()));
    }

    @Test
    void aSourceChangedWithinTheLastSecondsIsNotTrustedByItsStatSoNothingIsKept() throws IOException {
        Files.writeString(dir.resolve("news/1.txt"), "Officials said 12 people were killed.", StandardCharsets.UTF_8);

        GateOutcome first = gate(true, options());
        GateOutcome second = gate(true, options());

        assertThat(first.unchanged()).isFalse();
        assertThat(second.unchanged()).isFalse();
        assertThat(dir.resolve("out/cache/gate.bin")).doesNotExist();
    }

    @Test
    void otherReportsOrAnotherOutputFolderAreCheckedAgain() {
        gate(true, options());

        GateOutcome otherFormats = gate(true, options(Set.of(ReportFormat.JSON)));
        GateOutcome otherFolder = gate(
                true, new GateOptions(Set.of(ReportFormat.JSON), dir.resolve("elsewhere"), Optional.empty(), TODAY));

        assertThat(otherFormats.unchanged()).isFalse();
        assertThat(otherFormats.console()).isEmpty();
        assertThat(otherFolder.unchanged()).isFalse();
        assertThat(dir.resolve("elsewhere/report.json")).isRegularFile();
    }

    @Test
    void aReportDeletedOrEditedSinceTheLastGateIsWrittenAgain() throws IOException {
        gate(true, options());
        String report = Files.readString(dir.resolve("out/report.json"));

        Files.delete(dir.resolve("out/report.json"));
        GateOutcome afterDeleting = gate(true, options());
        Files.writeString(dir.resolve("out/report.json"), "{}", StandardCharsets.UTF_8);
        GateOutcome afterEditing = gate(true, options());

        assertThat(afterDeleting.unchanged()).isFalse();
        assertThat(afterEditing.unchanged()).isFalse();
        assertThat(Files.readString(dir.resolve("out/report.json"))).isEqualTo(report);
    }

    @Test
    void aChangedBaselineOrAnotherDayIsCheckedAgain() throws IOException {
        Path baseline = dir.resolve("baseline.yaml");
        CheckResult cold = FactCheck.load(dir.resolve("rules.yaml"), dir).check();
        BaselineFile.write(Baseline.of(cold, "known", TODAY), baseline);
        GateOptions today =
                new GateOptions(Set.of(ReportFormat.JSON), dir.resolve("out"), Optional.of(baseline), TODAY);

        GateOutcome accepted = gate(true, today);
        GateOutcome tomorrow = gate(
                true, new GateOptions(today.formats(), today.outputDirectory(), today.baseline(), TODAY.plusDays(1)));
        Files.writeString(baseline, "accepted: []\n", StandardCharsets.UTF_8);
        GateOutcome emptied = gate(true, today);

        assertThat(accepted.problems()).isEmpty();
        assertThat(tomorrow.unchanged()).isFalse();
        assertThat(tomorrow.problems())
                .extracting(GateOutcome.ClaimProblem::claimId)
                .containsExactly("storm.deaths");
        assertThat(emptied.unchanged()).isFalse();
        assertThat(emptied.problems())
                .extracting(GateOutcome.ClaimProblem::claimId)
                .containsExactly("storm.deaths");
    }

    @Test
    void aDamagedMemoIsAMissAndTheGateChecksAfresh() throws IOException {
        GateOutcome first = gate(true, options());
        Path memo = dir.resolve("out/cache/gate.bin");
        byte[] bytes = Files.readAllBytes(memo);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(memo, bytes);

        GateOutcome second = gate(true, options());
        GateOutcome third = gate(true, options());

        assertThat(second.unchanged()).isFalse();
        assertThat(second.console()).isEqualTo(first.console());
        assertThat(third.unchanged()).isTrue();
    }

    @Test
    void withoutACacheEveryGateChecks() {
        gate(false, options());

        assertThat(gate(false, options()).unchanged()).isFalse();
        assertThat(dir.resolve("out/cache")).doesNotExist();
    }

    private GateOutcome gate(boolean cached, GateOptions options) {
        FactCheckBuilder builder =
                cached ? cachedBuilder() : FactCheck.builder().rules(dir.resolve("rules.yaml"));
        return builder.workingDirectory(dir).gate(options, progress -> {});
    }

    private FactCheckBuilder cachedBuilder() {
        return FactCheck.builder()
                .rules(dir.resolve("rules.yaml"))
                .workingDirectory(dir)
                .cacheDirectory(dir.resolve("out/cache"));
    }

    private GateOptions options() {
        return options(Set.of(ReportFormat.CONSOLE, ReportFormat.JSON, ReportFormat.HTML));
    }

    private GateOptions options(Set<ReportFormat> formats) {
        return new GateOptions(formats, dir.resolve("out"), Optional.empty(), TODAY);
    }

    /** Writes {@code news/<n>.txt}, dated {@code hoursAgo} so that its stat is trusted and differs from before. */
    private void source(int n, String text, int hoursAgo) throws IOException {
        Path file = Files.writeString(dir.resolve("news/" + n + ".txt"), text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(hoursAgo, ChronoUnit.HOURS)));
    }
}
