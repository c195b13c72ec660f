package dev.factcheck.api;

import dev.factcheck.rules.RuleFile;
import dev.factcheck.source.Globs;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import dev.factcheck.source.SourceReader;
import dev.factcheck.source.SourceText;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/** Reads each source once per check, even when several rule files choose it; collects problems instead of failing. */
final class SourceCache {
    private final Paths paths;
    private final Map<Path, Optional<SourceText>> read = new HashMap<>();

    SourceCache(Paths paths) {
        this.paths = paths;
    }

    /** The sources a rule file's globs choose, in glob order then path order, each once. */
    List<SourceText> sourcesOf(FactCheck.LoadedRules rules, List<Problem> problems) {
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
        List<SourceText> sources = new ArrayList<>();
        for (Path file : files) {
            read.computeIfAbsent(file, f -> read(f, problems)).ifPresent(sources::add);
        }
        return sources;
    }

    private static List<Path> find(FactCheck.LoadedRules rules, RuleFile.SourceGlob glob, List<Problem> problems) {
        try {
            return Globs.find(rules.folder(), glob.glob());
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

    private Optional<SourceText> read(Path file, List<Problem> problems) {
        try {
            return Optional.of(SourceReader.read(file, paths.show(file)));
        } catch (InputException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }
}
