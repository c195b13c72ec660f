package dev.factcheck.api;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.report.ConsoleLine;
import dev.factcheck.report.ConsoleReport;
import dev.factcheck.report.ReportFormat;
import dev.factcheck.source.ReadLimit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What a build gate makes of a check's result: the baseline applied, the console's lines, the report files. Internal. */
final class Gate {
    private Gate() {}

    /**
     * The key of a gate's outcome: factcheck's code, the working directory, the source limit, each rule file's path
     * and text and its sources' paths and stats, the reports and their folder, and the baseline's text with today's
     * date; empty when a part cannot be trusted.
     */
    static Optional<String> key(
            List<StoryGlobs> stories,
            List<List<Path>> sources,
            Paths paths,
            ReadLimit sourceLimit,
            GateOptions options) {
        GateKey key = new GateKey()
                .part(CodeVersion.current())
                .part(paths.resolve(Path.of("")).toString())
                .part(Long.toString(sourceLimit.maxBytes()))
                .part(options.formats().stream()
                        .map(ReportFormat::label)
                        .sorted()
                        .toList()
                        .toString())
                .part(paths.resolve(options.outputDirectory()).toString());
        options.baseline()
                .ifPresent(baseline -> key.content(
                                paths.resolve(baseline), ReadLimit.baseline().maxBytes())
                        .part(options.today().toString()));
        for (int i = 0; i < stories.size(); i++) {
            key.part(stories.get(i).rule().path()).part(stories.get(i).rule().digest());
            sources.get(i).forEach(key::source);
            key.part("");
        }
        return key.value();
    }

    /** The outcome of {@code result} with the options' baseline, console and report files, the files written now. */
    static GateOutcome outcome(CheckResult result, GateOptions options, Paths paths) {
        CheckResult accepted = options.baseline()
                .map(baseline -> BaselineFile.read(paths.resolve(baseline), paths.show(baseline))
                        .apply(result, options.today()))
                .orElse(result);
        List<ConsoleLine> console =
                options.formats().contains(ReportFormat.CONSOLE) ? ConsoleReport.render(accepted) : List.of();
        List<Path> written = ReportWriter.write(accepted, options.formats(), paths.resolve(options.outputDirectory()));
        List<GateOutcome.ClaimProblem> problems = accepted.claims().stream()
                .filter(ClaimResult::isFailing)
                .map(c -> new GateOutcome.ClaimProblem(c.id(), c.claim().severity()))
                .toList();
        return new GateOutcome(console, written, problems, false);
    }
}
