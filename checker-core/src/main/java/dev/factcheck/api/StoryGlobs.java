package dev.factcheck.api;

import dev.factcheck.rules.RuleFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a gate needs of a rule file to find its sources without parsing it again: its path as shown, the SHA-256 of its
 * text, the folder its globs are relative to, and the globs. Internal.
 */
record StoryGlobs(RuleDigest rule, Path folder, List<String> globs) {
    StoryGlobs {
        Objects.requireNonNull(rule, "rule == null");
        Objects.requireNonNull(folder, "folder == null");
        globs = List.copyOf(globs);
    }

    static StoryGlobs of(FactCheck.LoadedRules loaded) {
        return new StoryGlobs(
                new RuleDigest(loaded.file().path(), loaded.digest()),
                loaded.folder(),
                loaded.file().sources().stream().map(RuleFile.SourceGlob::glob).toList());
    }

    /** A rule file by its path as shown and the SHA-256 of its text. */
    record RuleDigest(String path, String digest) {
        RuleDigest {
            Objects.requireNonNull(path, "path == null");
            Objects.requireNonNull(digest, "digest == null");
        }
    }
}
