package dev.factcheck.compare;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * A fingerprint of a claim's evidence that stays the same across runs and when lines move: SHA-256 over the claim id
 * and its mentions' sources and words, sorted; the first 16 bytes in hex. A changed figure or a new source changes it.
 * Internal.
 */
final class Fingerprint {
    private Fingerprint() {}

    static String of(ClaimResult result) {
        String evidence = result.mentions().stream()
                .map(m -> m.source() + "|" + m.text())
                .sorted()
                .collect(Collectors.joining("\n"));
        return sha256(result.id() + "\n" + evidence);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
