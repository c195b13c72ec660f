package dev.factcheck.api;

import dev.factcheck.rules.RuleSet;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import dev.factcheck.source.ReadLimit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Declares a check in code, from rule files, or both; start with {@link FactCheck#builder()}:
 *
 * <pre>{@code
 * FactCheck check = FactCheck.builder()
 *         .claim(ClaimSpec.count("syria.death-toll").near("killed", "dead").without("injured"))
 *         .claim(ClaimSpec.duration("meeting.length").near("meeting").tolerance("5%"))
 *         .build();
 * CheckResult result = check.check(Path.of("seeds"));
 * }</pre>
 *
 * <p>Claims declared in code are read by the rule-file parser, with the same checks, defaults and messages, and are
 * shown as declared in {@code FactCheck.builder()}, the nth claim at line n. They have no sources of their own: run
 * them with {@link FactCheck#check(Path...)} or {@link FactCheck#checkTexts}. Not thread-safe; the check it builds is.
 */
public final class FactCheckBuilder {
    /** The largest source a check reads unless {@link #maxSourceBytes} says otherwise: 64 MiB. */
    public static final long DEFAULT_MAX_SOURCE_BYTES = ReadLimit.DEFAULT_SOURCE_BYTES;

    /** The threads a check reads sources on unless {@link #threads} says otherwise: one per core. */
    public static final int DEFAULT_THREADS = Runtime.getRuntime().availableProcessors();

    private final List<ClaimSpec> claims = new ArrayList<>();
    private final List<Path> rules = new ArrayList<>();
    private Path workingDirectory = Path.of("");
    private long maxSourceBytes = ReadLimit.DEFAULT_SOURCE_BYTES;
    private Path outputDirectory = Paths.DEFAULT_OUTPUT;
    private int threads = DEFAULT_THREADS;
    private Optional<Path> cacheDirectory = Optional.empty();
    private Optional<ReadingMemory> readingMemory = Optional.empty();

    FactCheckBuilder() {}

    /** Adds a claim declared in code; its id must differ from every other claim's. */
    public FactCheckBuilder claim(ClaimSpec claim) {
        claims.add(Objects.requireNonNull(claim, "claim == null"));
        return this;
    }

    /**
     * Adds every {@code *.yaml} and {@code *.yml} file under {@code rules} (a file or a folder), relative to the
     * working directory, as {@link FactCheck#load} reads them.
     */
    public FactCheckBuilder rules(Path rules) {
        this.rules.add(Objects.requireNonNull(rules, "rules == null"));
        return this;
    }

    /**
     * Sets the folder that relative rule and source paths resolve against and that reports show paths relative to;
     * the current directory by default.
     */
    public FactCheckBuilder workingDirectory(Path workingDirectory) {
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory == null");
        return this;
    }

    /**
     * Sets the folder reports are written to, relative to the working directory ({@code target/factcheck} by
     * default): no file in it is ever read as a source, whatever a glob or a source folder matches.
     */
    public FactCheckBuilder outputDirectory(Path outputDirectory) {
        this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory == null");
        return this;
    }

    /**
     * Sets the largest source read, in bytes; a larger one is refused unread, naming the file and the limit, so that a
     * huge file never exhausts the heap. {@link #DEFAULT_MAX_SOURCE_BYTES} (64 MiB) by default.
     *
     * @throws IllegalArgumentException when {@code maxSourceBytes} is less than 1
     */
    public FactCheckBuilder maxSourceBytes(long maxSourceBytes) {
        if (maxSourceBytes < 1) {
            throw new IllegalArgumentException("maxSourceBytes must be at least 1, was " + maxSourceBytes);
        }
        this.maxSourceBytes = maxSourceBytes;
        return this;
    }

    /**
     * Sets how many threads a check reads and extracts sources on: one per core by default; 1 reads them all on the
     * calling thread. The result is the same with any number.
     *
     * @throws IllegalArgumentException when {@code threads} is less than 1
     */
    public FactCheckBuilder threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        return this;
    }

    /**
     * Keeps what each rule file's claims found in each source in {@code cacheDirectory} (relative to the working
     * directory), so that a check with nothing changed reads and extracts almost nothing: a source is extracted again
     * only when its content, its rule file, the year it is given or factcheck's version changes, and read again only
     * when its size or time changes. The result is the same as without the cache; a cache file that is missing or
     * cannot be trusted is ignored and rewritten, one that cannot be written is left. No file in the folder is read as
     * a source. Only {@link FactCheck#check()} uses the cache, not {@code check(Path...)} nor {@code checkTexts}; no
     * cache by default.
     */
    public FactCheckBuilder cacheDirectory(Path cacheDirectory) {
        this.cacheDirectory = Optional.of(Objects.requireNonNull(cacheDirectory, "cacheDirectory == null"));
        return this;
    }

    /**
     * Reads with {@code memory}'s taggers, which other checks may share: see {@link ReadingMemory}. By default each
     * built check has its own.
     */
    public FactCheckBuilder readingMemory(ReadingMemory memory) {
        this.readingMemory = Optional.of(Objects.requireNonNull(memory, "memory == null"));
        return this;
    }

    /**
     * The check declared so far. Reads the rule files now; the sources are read by each check.
     *
     * @throws InputException listing every problem of every rule file and every claim declared in code, each with
     *     its position, and every claim id used twice
     * @throws IllegalStateException when neither a claim nor a rule file was given
     */
    public FactCheck build() {
        if (claims.isEmpty() && rules.isEmpty()) {
            throw new IllegalStateException(
                    "nothing to check: declare claims with claim(...) or add rule files with rules(...)");
        }
        Paths paths = paths();
        List<Problem> problems = new ArrayList<>();
        List<FactCheck.LoadedRules> loaded = new ArrayList<>();
        for (Path path : rules) {
            try {
                loaded.addAll(RulesLoader.load(path, paths));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        try {
            if (!claims.isEmpty()) {
                loaded.add(new FactCheck.LoadedRules(CodeClaims.parse(claims), paths.resolve(Path.of("")), ""));
            }
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        RuleSet.of(loaded.stream().map(FactCheck.LoadedRules::file).toList());
        return new FactCheck(
                loaded,
                paths,
                ReadLimit.source(maxSourceBytes),
                threads,
                cacheDirectory.map(paths::resolve),
                readingMemory.orElseGet(ReadingMemory::new));
    }

    /**
     * As {@code build().gate(options, progress)}; with a {@link #cacheDirectory cache}, a rerun whose rule files have
     * the texts of the last gate's and whose sources, options and baseline are unchanged gives the last outcome without
     * even parsing the rule files.
     *
     * @throws InputException as {@link #build()} and {@link FactCheck#gate} do
     * @throws IllegalStateException as {@link #build()} does, and when claims are declared in code (they have no
     *     sources of their own)
     */
    public GateOutcome gate(GateOptions options, Consumer<Progress> progress) {
        Optional<GateRerun.Seen> seen = Optional.empty();
        if (claims.isEmpty() && !rules.isEmpty() && cacheDirectory.isPresent()) {
            Paths paths = paths();
            seen = GateRerun.look(
                    rules, paths, paths.resolve(cacheDirectory.get()), ReadLimit.source(maxSourceBytes), options);
        }
        Optional<GateOutcome> last = seen.flatMap(GateRerun.Seen::last);
        return last.isPresent() ? last.get() : build().gate(options, progress, seen);
    }

    private Paths paths() {
        return cacheDirectory
                .map(new Paths(workingDirectory, outputDirectory)::alsoOutput)
                .orElseGet(() -> new Paths(workingDirectory, outputDirectory));
    }
}
