package dev.factcheck.api;

import dev.factcheck.source.ReadLimit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks, before any rule file is parsed, at what the last gate left: when the rule files are those it read, in the same
 * folders and with the same texts, their globs are those it kept, so their sources and the gate's key can be found
 * unparsed. Parsing the rules is most of what a rerun with nothing changed would cost, and a rerun with a changed
 * source then checks with the sources and key found here instead of finding them again. Internal.
 */
final class GateRerun {
    private GateRerun() {}

    /**
     * What the last gate's rule files choose now; empty when there is no last gate to trust, its rule files changed, or
     * one of their globs no longer matches (the check says why).
     */
    static Optional<Seen> look(
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
        Optional<String> key = Gate.key(kept.get().stories(), sources, paths, sourceLimit, options);
        Optional<GateOutcome> last =
                key.filter(kept.get().key()::equals).map(k -> kept.get().outcome());
        return Optional.of(new Seen(sources, key, last));
    }

    /**
     * What a look found: each story's sources in rule-file order, the gate's key (empty when a stat cannot be trusted),
     * and the last outcome when that key is the last gate's.
     */
    record Seen(List<List<Path>> sources, Optional<String> key, Optional<GateOutcome> last) {
        Seen {
            sources = List.copyOf(sources);
        }
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
