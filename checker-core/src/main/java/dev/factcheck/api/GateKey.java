package dev.factcheck.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Builds the key of a gate's outcome: the SHA-256 of every part it depends on, each source by its path and stat (as
 * the stories' caches trust a stat), other files by their content. The key is unknown when a source's stat cannot be
 * trusted (it changed within the last seconds, or cannot be told) or a file cannot be read: such a gate checks afresh
 * and keeps nothing. Used on one thread. Internal.
 */
final class GateKey {
    private final MessageDigest digest = ContentHash.sha256();
    private boolean known = true;

    /** Adds {@code text}, ended so that no two lists of parts give the same bytes. */
    GateKey part(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    /** Adds a source's path and stat. */
    GateKey source(Path file) {
        Optional<FileStat> stat = FileStat.trustedOf(file).filter(FileStat::isKnown);
        known &= stat.isPresent();
        return part(file.toAbsolutePath() + " "
                + stat.map(s -> s.size() + " " + s.modified()).orElse("?"));
    }

    /** Adds a file's path and content; unknown when the file is larger than {@code maxBytes}. */
    GateKey content(Path file, long maxBytes) {
        part(file.toAbsolutePath().toString());
        try {
            if (Files.size(file) > maxBytes) {
                known = false;
                return this;
            }
            digest.update(Files.readAllBytes(file));
        } catch (IOException e) {
            // the check reading it will say why; nothing is kept meanwhile
            known = false;
        }
        return part("");
    }

    Optional<String> value() {
        return known ? Optional.of(HexFormat.of().formatHex(digest.digest())) : Optional.empty();
    }
}
