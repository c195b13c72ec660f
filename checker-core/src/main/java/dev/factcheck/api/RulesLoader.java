package dev.factcheck.api;

import dev.factcheck.rules.RuleFile;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.rules.RuleSet;
import dev.factcheck.source.Globs;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import dev.factcheck.source.ReadLimit;
import dev.factcheck.source.SourceReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds, reads and parses the rule files, collecting every problem before it gives up. */
final class RulesLoader {
    private static final String RULE_FILES = "{*.yaml,*.yml,**/*.yaml,**/*.yml}";

    private RulesLoader() {}

    static List<FactCheck.LoadedRules> load(Path rules, Paths paths) {
        List<Problem> problems = new ArrayList<>();
        List<FactCheck.LoadedRules> loaded = new ArrayList<>();
        for (Path file : files(rules, paths)) {
            try {
                RuleText text = read(file, paths);
                RuleFile parsed = RuleParser.parse(text.shown(), text.text());
                loaded.add(new FactCheck.LoadedRules(parsed, file.getParent(), text.digest()));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        checkIds(loaded, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return loaded;
    }

    /**
     * Each rule file's path as shown, its folder and the SHA-256 of its text, in the order {@link #load} gives, without
     * parsing them; empty when one cannot be found or read ({@link #load} says why).
     */
    static Optional<List<StoryGlobs.RuleDigest>> digests(Path rules, Paths paths) {
        try {
            return Optional.of(files(rules, paths).stream()
                    .map(file -> {
                        RuleText text = read(file, paths);
                        return new StoryGlobs.RuleDigest(text.shown(), file.getParent(), text.digest());
                    })
                    .toList());
        } catch (InputException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static List<Path> files(Path rules, Paths paths) {
        Path resolved = paths.resolve(rules);
        List<Path> files = Files.isDirectory(resolved) ? Globs.find(resolved, RULE_FILES) : List.of(resolved);
        if (!Files.exists(resolved) || files.isEmpty()) {
            throw InputException.of(Problem.in(
                    paths.show(rules),
                    Files.exists(resolved)
                            ? "no rule files (*.yaml, *.yml) in this folder"
                            : "no such rule file or folder (set the rules path, e.g. -Dfactcheck.rules=rules)"));
        }
        return files;
    }

    private static RuleText read(Path file, Paths paths) {
        String shown = paths.show(file);
        String text = SourceReader.read(file, shown, ReadLimit.ruleFile()).text();
        return new RuleText(shown, text, ContentHash.of(text));
    }

    /** A rule file's path as shown, its text, and the SHA-256 of the text. */
    private record RuleText(String shown, String text, String digest) {}

    private static void checkIds(List<FactCheck.LoadedRules> loaded, List<Problem> problems) {
        try {
            RuleSet.of(loaded.stream().map(FactCheck.LoadedRules::file).toList());
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
    }
}
