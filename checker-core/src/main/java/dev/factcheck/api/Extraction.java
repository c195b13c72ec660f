package dev.factcheck.api;

import dev.factcheck.quantity.QuantityReader;
import dev.factcheck.quantity.ReadQuantity;
import dev.factcheck.report.FoundQuantity;
import dev.factcheck.report.MentionsReport;
import dev.factcheck.source.Globs;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import dev.factcheck.source.ReadLimit;
import dev.factcheck.source.SentenceSplitter;
import dev.factcheck.source.SourceReader;
import dev.factcheck.source.SourceText;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import dev.factcheck.source.Tokenizer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Every quantity in a set of sources, whatever claim it may belong to: what factcheck reads in them, for rule writers
 * to look at. {@code Extraction.read(List.of("seeds/*.txt"), Path.of(""))} lists them in source order, then text order.
 *
 * @param sources the sources read, as shown to users, each once, in glob order then path order
 * @param quantities every quantity found in them, sentence by sentence
 */
public record Extraction(List<String> sources, List<FoundQuantity> quantities) {
    /** The file {@link #writeMentions} writes. */
    public static final String MENTIONS_FILE = "mentions.json";

    /** Copies both lists, so that an extraction never changes. */
    public Extraction {
        sources = List.copyOf(sources);
        quantities = List.copyOf(quantities);
    }

    /**
     * Reads the files that {@code globs} choose, relative to {@code workingDirectory} ({@code *}, {@code ?}, {@code **},
     * {@code {a,b}}), and finds every quantity in them. A file that several globs choose is read once. Paths are shown
     * relative to {@code workingDirectory}, with {@code /}.
     *
     * @throws InputException listing every glob that matched no file and every source that could not be read
     */
    public static Extraction read(List<String> globs, Path workingDirectory) {
        return read(globs, workingDirectory, ReadLimit.DEFAULT_SOURCE_BYTES, Paths.DEFAULT_OUTPUT);
    }

    /**
     * As {@link #read(List, Path)}, refusing unread every source larger than {@code maxSourceBytes}, and never reading
     * a file in {@code outputDirectory} (relative to {@code workingDirectory}), where reports are written.
     *
     * @throws InputException listing every glob that matched no file and every source that could not be read
     */
    public static Extraction read(
            List<String> globs, Path workingDirectory, long maxSourceBytes, Path outputDirectory) {
        Objects.requireNonNull(globs, "globs == null");
        ReadLimit limit = ReadLimit.source(maxSourceBytes);
        Paths paths = new Paths(workingDirectory, outputDirectory);
        List<Problem> problems = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        globs.forEach(glob -> files.addAll(find(paths, glob, problems)));
        List<String> sources = new ArrayList<>();
        List<FoundQuantity> quantities = new ArrayList<>();
        for (Path file : files) {
            try {
                SourceText source = SourceReader.read(file, paths.show(file), limit);
                sources.add(source.path());
                quantities.addAll(quantitiesIn(source));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Extraction(sources, quantities);
    }

    /** Finds every quantity in sources already in memory, such as a test's strings; their paths are only shown. */
    public static Extraction of(List<SourceText> sources) {
        List<FoundQuantity> quantities = new ArrayList<>();
        sources.forEach(source -> quantities.addAll(quantitiesIn(source)));
        return new Extraction(sources.stream().map(SourceText::path).toList(), quantities);
    }

    /**
     * Writes {@code mentions.json} into {@code outputDirectory}, creating it, and returns the file written. The file is
     * replaced whole, by a rename, so that a run killed half-way leaves the previous one.
     *
     * @throws InputException naming the folder that cannot be created or the file that cannot be written
     */
    public Path writeMentions(Path outputDirectory) {
        return OutputFile.write(outputDirectory.resolve(MENTIONS_FILE), out -> MentionsReport.write(quantities, out));
    }

    /** Sentence by sentence, so that a range or a hedge never reaches across a sentence's end. */
    private static List<FoundQuantity> quantitiesIn(SourceText source) {
        List<Token> tokens = Tokenizer.tokenize(source.text());
        OptionalInt year = QuantityReader.sourceYear(tokens);
        List<FoundQuantity> found = new ArrayList<>();
        for (TokenRange sentence : SentenceSplitter.split(tokens)) {
            for (ReadQuantity read : QuantityReader.english().read(tokens, sentence, year)) {
                found.add(FoundQuantity.of(source, read.quantity()));
            }
        }
        return found;
    }

    private static List<Path> find(Paths paths, String glob, List<Problem> problems) {
        Path root = paths.resolve(Path.of(""));
        try {
            List<Path> found = Globs.find(root, glob).stream()
                    .filter(file -> !paths.isOutput(file))
                    .toList();
            if (found.isEmpty()) {
                problems.add(Problem.in(glob, "sources glob matches no file (relative to " + root + ")"));
            }
            return found;
        } catch (PatternSyntaxException e) {
            problems.add(Problem.in(glob, "not a valid sources glob: " + e.getDescription()));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            problems.add(Problem.in(glob, "cannot use sources glob: " + e.getMessage()));
        }
        return List.of();
    }
}
