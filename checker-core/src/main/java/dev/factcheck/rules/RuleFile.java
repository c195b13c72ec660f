package dev.factcheck.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story's rule file: the globs that choose its sources (relative to the file's folder) and its claims.
 *
 * @param path the file as shown to users ({@code /}-separated, relative to where the check runs)
 * @param story the story's title
 * @param sources the source globs, as written, with where each stands
 * @param claims the claims, with {@code defaults} applied
 */
public record RuleFile(String path, Optional<String> story, List<SourceGlob> sources, List<Claim> claims) {
    public RuleFile {
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(story, "story == null");
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
    }

    /** A glob of the {@code sources} list and where it stands in the rule file, to point at it when it finds nothing. */
    public record SourceGlob(String glob, dev.factcheck.source.Position position) {
        public SourceGlob {
            Objects.requireNonNull(glob, "glob == null");
            Objects.requireNonNull(position, "position == null");
        }
    }
}
