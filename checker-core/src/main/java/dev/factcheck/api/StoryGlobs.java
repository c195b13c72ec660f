package dev.factcheck.api;

import dev.factcheck.rules.RuleFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a gate needs of a rule file to find its sources without parsing it again: the file as it was read, and its
 * globs. Internal.
 */
record StoryGlobs(RuleDigest rule, List<String> globs) {
    StoryGlobs {
        Objects.requireNonNull(rule, "rule == null");
        globs = List.copyOf(globs);
    }

    static StoryGlobs of(FactCheck.LoadedRules loaded) {
        return new StoryGlobs(
                new RuleDigest(loaded.file().path(), loaded.folder(), loaded.digest()),
                loaded.file().sources().stream().map(RuleFile.SourceGlob::glob).toList());
    }

    /** The folder the globs are relative to. */
    Path folder() {
        return rule.folder();
    }

    /**
     * A rule file by its path as shown, the folder its globs are relative to (absolute), and the SHA-256 of its text.
     */
    record RuleDigest(String path, Path folder, String digest) {
        RuleDigest {
            Objects.requireNonNull(path, "path == null");
            Objects.requireNonNull(folder, "folder == null");
            Objects.requireNonNull(digest, "digest == null");
        }
    }
}
