package dev.factcheck.api;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Judge;
import dev.factcheck.extract.Extractor;
import dev.factcheck.extract.Mention;
import dev.factcheck.report.ReportFormat;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.RuleFile;
import dev.factcheck.rules.RuleSet;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import dev.factcheck.source.ReadLimit;
import dev.factcheck.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A fact-consistency check loaded from rule files: {@code FactCheck.load(Path.of("rules"), Path.of("")).check()}, or
 * declared in code with {@link #builder()}.
 * Immutable and thread-safe; each {@link #check()} reads the sources afresh, or, with a
 * {@link FactCheckBuilder#cacheDirectory cache}, those that changed. Never writes into rule files or sources.
 */
public final class FactCheck {
    private final List<LoadedRules> rules;
    private final Paths paths;
    private final ReadLimit sourceLimit;
    private final int threads;
    /** The folder of the cache, absolute; empty for none. */
    private final Optional<Path> cacheDirectory;
    /** Each thread's tagger, this check's own or shared with others. */
    private final ReadingMemory memory;

    /** A check of rules already loaded; {@link FactCheckBuilder} makes them. */
    FactCheck(
            List<LoadedRules> rules,
            Paths paths,
            ReadLimit sourceLimit,
            int threads,
            Optional<Path> cacheDirectory,
            ReadingMemory memory) {
        this.rules = List.copyOf(rules);
        this.paths = paths;
        this.sourceLimit = sourceLimit;
        this.threads = threads;
        this.cacheDirectory = cacheDirectory;
        this.memory = memory;
        if (rules.stream().anyMatch(r -> !hasCacheFile(r))) {
            // read the tagger's model while the sources are found and read; a story whose cache holds it all needs none
            Extractor.prepare(ruleSet().claims());
        }
    }

    private boolean hasCacheFile(LoadedRules loaded) {
        return cacheDirectory.isPresent()
                && StoryCache.exists(cacheDirectory.get(), loaded.file().path());
    }

    /**
     * Loads every {@code *.yaml} and {@code *.yml} file under {@code rules} (a file or a folder). Paths in messages and
     * reports are shown relative to {@code workingDirectory}, with {@code /}. Files in {@code target/factcheck} are
     * never read as sources ({@link FactCheckBuilder#outputDirectory} names another folder). Sources larger than
     * {@link FactCheckBuilder#DEFAULT_MAX_SOURCE_BYTES} (64 MiB) are refused; {@link FactCheckBuilder#maxSourceBytes}
     * raises it. Sources are read on as many threads as the machine has cores ({@link FactCheckBuilder#threads}
     * chooses); the result is the same with any number.
     *
     * @throws InputException listing every problem of every rule file, each with its file, line and column
     */
    public static FactCheck load(Path rules, Path workingDirectory) {
        Paths paths = new Paths(workingDirectory);
        return new FactCheck(
                RulesLoader.load(rules, paths),
                paths,
                ReadLimit.source(ReadLimit.DEFAULT_SOURCE_BYTES),
                FactCheckBuilder.DEFAULT_THREADS,
                Optional.empty(),
                new ReadingMemory());
    }

    /**
     * Starts a check declared in code ({@code .claim(ClaimSpec.count("syria.death-toll").near("killed"))}), from rule
     * files ({@code .rules(Path.of("rules"))}), or both.
     */
    public static FactCheckBuilder builder() {
        return new FactCheckBuilder();
    }

    /**
     * This check split by source ({@link StorySplit}), so that the sources of a story too large for one machine can be
     * extracted in parts and combined into the result {@link #check()} gives.
     *
     * @throws IllegalStateException unless the check holds exactly one rule file (claims declared in code have no
     *     sources)
     */
    public StorySplit split() {
        if (rules.size() != 1 || CodeClaims.isCode(rules.get(0).file())) {
            throw new IllegalStateException("only a check of one rule file can be split by source, this one has "
                    + rules.size() + " rule files or claims declared in code");
        }
        return new StorySplit(rules.get(0), new SourceChoice(paths, sourceLimit), memory);
    }

    /** The claims of all rule files, in file order, then those declared in code. */
    public RuleSet ruleSet() {
        return RuleSet.of(rules.stream().map(LoadedRules::file).toList());
    }

    /**
     * Reads the sources that each rule file's globs choose and checks every claim against them. Each source is read
     * once, extracted for every rule file that chose it, and let go: memory grows with the mentions found, not with
     * the sources. Sources are read and extracted on the check's threads, a batch at a time, and their results taken
     * in source order, so the result does not depend on the number of threads.
     *
     * @throws InputException listing every glob that matched no file and every source that could not be read
     * @throws IllegalStateException when claims were declared in code, which have no globs: use {@link #check(Path...)}
     */
    public CheckResult check() {
        return check(progress -> {});
    }

    /**
     * As {@link #check()}, telling {@code progress} after each source how far the check has come, so that a long run
     * can show it. The listener is called on the calling thread.
     *
     * @throws InputException listing every glob that matched no file and every source that could not be read
     */
    public CheckResult check(Consumer<Progress> progress) {
        return check(progress, new CacheCount());
    }

    /** As {@link #check(Consumer)}, counting in {@code count} what the cache spared; for tests. */
    CheckResult check(Consumer<Progress> progress, CacheCount count) {
        requireRuleFiles();
        List<Problem> problems = new ArrayList<>();
        SourceChoice choice = new SourceChoice(paths, sourceLimit);
        return check(sourcesOfEachStory(choice, problems), choice, problems, progress, count);
    }

    /**
     * Checks as a build gate does: the result with the baseline's acceptances, the console's lines, the report files
     * written. With a {@link FactCheckBuilder#cacheDirectory cache}, a gate whose rule files, sources (by path, size and
     * time), options, baseline and factcheck are those of the last one, and whose report files are as it left them,
     * gives that outcome again without reading, checking or writing anything ({@link GateOutcome#unchanged()}).
     *
     * @throws InputException listing every glob that matched no file and every source that could not be read, or
     *     naming the baseline or a report file that cannot be read or written
     */
    public GateOutcome gate(GateOptions options, Consumer<Progress> progress) {
        return gate(options, progress, Optional.empty());
    }

    /**
     * As {@link #gate(GateOptions, Consumer)}; when {@code seen} holds what {@link GateRerun} found for these rule files
     * (the last gate's, its outcome not standing), their sources and key are taken from it instead of found again.
     */
    GateOutcome gate(GateOptions options, Consumer<Progress> progress, Optional<GateRerun.Seen> seen) {
        requireRuleFiles();
        List<Problem> problems = new ArrayList<>();
        SourceChoice choice = new SourceChoice(paths, sourceLimit);
        List<StoryGlobs> stories = rules.stream().map(StoryGlobs::of).toList();
        Optional<GateMemo> memo = cacheDirectory.map(GateMemo::new);
        List<List<Path>> sources;
        Optional<String> key;
        if (seen.isPresent()) {
            sources = seen.get().sources();
            key = seen.get().key();
        } else {
            sources = sourcesOfEachStory(choice, problems);
            key = memo.filter(m -> problems.isEmpty())
                    .flatMap(m -> Gate.key(stories, sources, paths, sourceLimit, options));
            Optional<GateOutcome> last = memo.flatMap(m -> key.flatMap(m::find));
            if (last.isPresent()) {
                return last.get();
            }
        }
        CheckResult result = check(sources, choice, problems, progress, new CacheCount());
        GateOutcome outcome = Gate.outcome(result, options, paths);
        memo.ifPresent(m -> key.ifPresent(k -> m.keep(stories, k, outcome)));
        return outcome;
    }

    private void requireRuleFiles() {
        rules.stream().filter(r -> CodeClaims.isCode(r.file())).findFirst().ifPresent(r -> {
            throw new IllegalStateException("claims declared in code have no sources of their own: pass them to"
                    + " check(Path...) or checkTexts(Map)");
        });
    }

    /** The sources each rule file's globs choose, in rule-file order; a glob that matches none adds a problem. */
    private List<List<Path>> sourcesOfEachStory(SourceChoice choice, List<Problem> problems) {
        return rules.stream().map(r -> choice.filesOf(r, problems)).toList();
    }

    private CheckResult check(
            List<List<Path>> sources,
            SourceChoice choice,
            List<Problem> problems,
            Consumer<Progress> progress,
            CacheCount count) {
        String version = cacheDirectory.isPresent() ? CodeVersion.current() : "";
        List<StoryRun> runs = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            runs.add(
                    new StoryRun(rules.get(i).file().claims(), sources.get(i), cacheOf(rules.get(i), version), memory));
        }
        try {
            return check(runs, choice, count, problems, progress);
        } finally {
            runs.forEach(run -> run.cache().close());
        }
    }

    private CheckResult check(
            List<StoryRun> runs,
            SourceChoice choice,
            CacheCount count,
            List<Problem> problems,
            Consumer<Progress> progress) {
        SourceBatches.Readers readers = SourceBatches.Readers.of(runs);
        int[] read = {0};
        try (Workers workers = Workers.of(threads)) {
            SourceBatches batches = new SourceBatches(choice, workers, count);
            batches.readAll(
                    readers,
                    problems,
                    file -> progress.accept(new Progress(
                            ++read[0],
                            readers.files().size(),
                            runs.stream().mapToLong(StoryRun::mentions).sum())));
            throwIfAny(problems);
            List<ClaimResult> results = batches.finish(runs, problems);
            throwIfAny(problems);
            runs.forEach(run -> run.cache().save());
            return new CheckResult(results);
        }
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** The cache of a rule file's story, loaded now; none when the check keeps no cache. */
    private StoryCache cacheOf(LoadedRules loaded, String version) {
        return cacheDirectory
                .map(folder -> StoryCache.load(folder, loaded.file().path(), loaded.digest(), version))
                .orElseGet(StoryCache::none);
    }

    /**
     * Checks every claim, whatever its rule file's globs, against {@code sources}: files, and folders whose files are
     * all read (but hidden ones, such as {@code .DS_Store}), relative to the working directory. Each file is read once,
     * in the order given, a folder's files in path order. With no sources, every claim is {@code NOT_FOUND}.
     *
     * @throws InputException listing every path that does not exist and every source that could not be read
     */
    public CheckResult check(Path... sources) {
        return new CheckResult(check(ruleSet().claims(), SourceFiles.read(sources, paths, sourceLimit)));
    }

    /**
     * Checks every claim, whatever its rule file's globs, against texts held in memory, keyed by the name reports
     * show for each ({@code Map.of("a.txt", "The storm killed 23 people.")}); read in the order of their names.
     */
    public CheckResult checkTexts(Map<String, String> texts) {
        return new CheckResult(check(ruleSet().claims(), SourceFiles.of(texts)));
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

    /**
     * Writes {@code report.json} into {@code outputDirectory}, creating it, and returns the file written.
     *
     * @throws InputException naming the folder that cannot be created or the file that cannot be written
     */
    public static Path writeJsonReport(CheckResult result, Path outputDirectory) {
        return ReportWriter.write(result, Set.of(ReportFormat.JSON), outputDirectory)
                .get(0);
    }

    /**
     * Writes the file of each chosen format into {@code outputDirectory}, creating it: {@code report.json},
     * {@code report.html}, {@code report.sarif}, {@code TEST-factcheck.xml}, {@code summary.md}. Returns the files
     * written, in {@link ReportFormat} order; {@link ReportFormat#CONSOLE} has no file, so it adds none. Each file is
     * written to a temporary file beside it and renamed into place, so that a run killed half-way leaves the previous
     * report or none, never a truncated one.
     *
     * @throws InputException naming the folder that cannot be created (a file in the way) or the file that cannot be
     *     written
     */
    public static List<Path> writeReports(CheckResult result, Set<ReportFormat> formats, Path outputDirectory) {
        return ReportWriter.write(result, formats, outputDirectory);
    }

    /**
     * A parsed rule file, the folder its globs are relative to, and the SHA-256 of its text (empty for claims declared
     * in code), which keys its story's cache.
     */
    record LoadedRules(RuleFile file, Path folder, String digest) {}
}
