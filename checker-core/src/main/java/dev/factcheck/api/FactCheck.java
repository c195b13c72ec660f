package dev.factcheck.api;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Judge;
import dev.factcheck.extract.Extractor;
import dev.factcheck.extract.Mention;
import dev.factcheck.report.JsonReport;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.RuleFile;
import dev.factcheck.rules.RuleSet;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import dev.factcheck.source.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A fact-consistency check loaded from rule files: {@code FactCheck.load(Path.of("rules"), Path.of("")).check()}.
 * Immutable and thread-safe; each {@link #check()} reads the sources afresh. Never writes into rule files or sources.
 */
public final class FactCheck {
    private final List<LoadedRules> rules;
    private final Paths paths;

    private FactCheck(List<LoadedRules> rules, Paths paths) {
        this.rules = List.copyOf(rules);
        this.paths = paths;
    }

    /**
     * Loads every {@code *.yaml} and {@code *.yml} file under {@code rules} (a file or a folder). Paths in messages and
     * reports are shown relative to {@code workingDirectory}, with {@code /}.
     *
     * @throws InputException listing every problem of every rule file, each with its file, line and column
     */
    public static FactCheck load(Path rules, Path workingDirectory) {
        Paths paths = new Paths(workingDirectory);
        return new FactCheck(RulesLoader.load(rules, paths), paths);
    }

    /** The claims of all rule files, in file order. */
    public RuleSet ruleSet() {
        return RuleSet.of(rules.stream().map(LoadedRules::file).toList());
    }

    /**
     * Reads the sources that each rule file's globs choose and checks every claim against them.
     *
     * @throws InputException listing every glob that matched no file and every source that could not be read
     */
    public CheckResult check() {
        List<Problem> problems = new ArrayList<>();
        SourceCache cache = new SourceCache(paths);
        List<List<SourceText>> sources =
                rules.stream().map(r -> cache.sourcesOf(r, problems)).toList();
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<ClaimResult> results = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            results.addAll(check(rules.get(i).file().claims(), sources.get(i)));
        }
        return new CheckResult(results);
    }

    /**
     * Checks claims against sources already in memory, such as a test's strings. A claim's rule file and the sources'
     * paths are only shown, never read.
     */
    public static List<ClaimResult> check(List<Claim> claims, List<SourceText> sources) {
        Extractor extractor = Extractor.of(claims);
        Map<String, List<Mention>> all = new java.util.LinkedHashMap<>();
        claims.forEach(c -> all.put(c.id(), new ArrayList<>()));
        OptionalInt storyYear = StoryYear.of(sources);
        for (SourceText source : sources) {
            extractor
                    .extract(source, storyYear)
                    .forEach((id, found) -> all.get(id).addAll(found));
        }
        return claims.stream().map(c -> Judge.judge(c, all.get(c.id()))).toList();
    }

    /** Writes {@code report.json} into {@code outputDirectory}, creating it, and returns the file written. */
    public static Path writeJsonReport(CheckResult result, Path outputDirectory) {
        Path report = outputDirectory.resolve("report.json");
        try {
            Files.createDirectories(outputDirectory);
            Files.writeString(report, JsonReport.render(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + report + ": " + e.getMessage(), e);
        }
        return report;
    }

    /** A parsed rule file and the folder its globs are relative to. */
    record LoadedRules(RuleFile file, Path folder) {}
}
