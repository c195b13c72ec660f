package dev.factcheck.api;

import dev.factcheck.rules.RuleFile;
import dev.factcheck.source.Globs;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import dev.factcheck.source.ReadLimit;
import dev.factcheck.source.SourceReader;
import dev.factcheck.source.SourceText;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/** Finds the files each rule file's globs choose and reads them, collecting problems instead of failing. */
final class SourceChoice {
    private final Paths paths;
    private final ReadLimit limit;

    SourceChoice(Paths paths, ReadLimit limit) {
        this.paths = paths;
        this.limit = limit;
    }

    /** The files a rule file's globs choose, in glob order then path order, each once, none in the output folder. */
    List<Path> filesOf(FactCheck.LoadedRules rules, List<Problem> problems) {
        Set<Path> files = new LinkedHashSet<>();
        for (RuleFile.SourceGlob glob : rules.file().sources()) {
            int before = problems.size();
            List<Path> found = find(rules, glob, problems);
            if (found.isEmpty() && problems.size() == before) {
                problems.add(Problem.at(
                        rules.file().path(),
                        glob.position(),
                        "sources glob '" + glob.glob() + "' matches no file (looked in " + paths.show(rules.folder())
                                + ")"));
            }
            files.addAll(found);
        }
        return PathList.copyOf(files);
    }

    /**
     * The files a story's globs choose, as {@link #filesOf(FactCheck.LoadedRules, List)} gives them; empty when a glob
     * matches none or cannot be used, for the rule file's parse to say why.
     */
    Optional<List<Path>> filesOf(StoryGlobs story) {
        Set<Path> files = new LinkedHashSet<>();
        try {
            for (String glob : story.globs()) {
                List<Path> found = find(story.folder(), glob);
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                files.addAll(found);
            }
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(PathList.copyOf(files));
    }

    private List<Path> find(FactCheck.LoadedRules rules, RuleFile.SourceGlob glob, List<Problem> problems) {
        try {
            return find(rules.folder(), glob.glob());
        } catch (PatternSyntaxException e) {
            problems.add(Problem.at(
                    rules.file().path(),
                    glob.position(),
                    "invalid sources glob '" + glob.glob() + "': " + e.getDescription()));
            return List.of();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            problems.add(Problem.at(
                    rules.file().path(),
                    glob.position(),
                    "cannot use sources glob '" + glob.glob() + "': "
                            + e.getClass().getSimpleName()));
            return List.of();
        }
    }

    /** The files a glob matches, but those in the output folder: a {@code **} that climbs must not read reports. */
    private List<Path> find(Path folder, String glob) {
        return Globs.find(folder, glob).stream()
                .filter(file -> !paths.isOutput(file))
                .toList();
    }

    /** The file as shown to users and in mentions. */
    String show(Path file) {
        return paths.show(file);
    }

    /** Whether a file of {@code size} bytes is small enough to read. */
    boolean isWithinLimit(long size) {
        return size <= limit.maxBytes();
    }

    /** The source at {@code file}, or empty with its problem added. */
    Optional<SourceText> read(Path file, List<Problem> problems) {
        try {
            return Optional.of(SourceReader.read(file, paths.show(file), limit));
        } catch (InputException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }
}
