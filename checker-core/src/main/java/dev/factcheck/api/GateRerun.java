package dev.factcheck.api;

import dev.factcheck.source.ReadLimit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells, before any rule file is parsed, whether the last gate's outcome stands: the rule files are those it read,
 * with the same texts, so their globs are those it kept, and the key those globs' sources give is its key. Parsing
 * the rules is most of what such a rerun would cost. Internal.
 */
final class GateRerun {
    private GateRerun() {}

    /** The last gate's outcome, when nothing it depends on changed; empty when anything did or cannot be told. */
    static Optional<GateOutcome> lastOutcome(
            List<Path> rules, Paths paths, Path cacheDirectory, ReadLimit sourceLimit, GateOptions options) {
        Optional<GateMemo.Kept> kept = new GateMemo(cacheDirectory).read();
        if (kept.isEmpty() || !digests(rules, paths).equals(Optional.of(rulesOf(kept.get())))) {
            return Optional.empty();
        }
        SourceChoice choice = new SourceChoice(paths, sourceLimit);
        List<List<Path>> sources = new ArrayList<>();
        for (StoryGlobs story : kept.get().stories()) {
            Optional<List<Path>> files = choice.filesOf(story);
            if (files.isEmpty()) {
                return Optional.empty();
            }
            sources.add(files.get());
        }
        return Gate.key(kept.get().stories(), sources, paths, sourceLimit, options)
                .filter(kept.get().key()::equals)
                .map(key -> kept.get().outcome());
    }

    private static Optional<List<StoryGlobs.RuleDigest>> digests(List<Path> rules, Paths paths) {
        List<StoryGlobs.RuleDigest> digests = new ArrayList<>();
        for (Path path : rules) {
            Optional<List<StoryGlobs.RuleDigest>> some = RulesLoader.digests(path, paths);
            if (some.isEmpty()) {
                return Optional.empty();
            }
            digests.addAll(some.get());
        }
        return Optional.of(digests);
    }

    private static List<StoryGlobs.RuleDigest> rulesOf(GateMemo.Kept kept) {
        return kept.stories().stream().map(StoryGlobs::rule).toList();
    }
}
