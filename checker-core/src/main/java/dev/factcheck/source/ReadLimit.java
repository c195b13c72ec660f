package dev.factcheck.source;

import java.util.Locale;
import java.util.Objects;

/**
 * What kind of file is read, for messages ({@code source}, {@code rule file}, {@code baseline}), the most bytes it may
 * hold, and how a user raises that limit. A file over the limit is refused before it is read, so that a huge file
 * fails with its name instead of exhausting the heap. Internal, may change.
 *
 * @param noun the kind of file, as messages name it
 * @param maxBytes the largest size read
 * @param raise how to raise the limit, or why it is fixed, ending the message
 */
public record ReadLimit(String noun, long maxBytes, String raise) {
    /** The default largest source, 64 MiB: a long article is a few hundred kilobytes. */
    public static final long DEFAULT_SOURCE_BYTES = 64L * 1024 * 1024;

    /** The largest rule or baseline file, 4 MB: four bytes for each of the million characters a rule file may hold. */
    public static final long RULE_FILE_BYTES = 4_000_000;

    public ReadLimit {
        Objects.requireNonNull(noun, "noun == null");
        Objects.requireNonNull(raise, "raise == null");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
        }
    }

    /** A source of at most {@code maxBytes}, raised with the plugin's property or the builder's option. */
    public static ReadLimit source(long maxBytes) {
        return new ReadLimit(
                "source",
                maxBytes,
                "raise it with -Dfactcheck.maxSourceBytes=<bytes> or FactCheck.builder().maxSourceBytes(...)");
    }

    /** A rule file: a few kilobytes in practice, with a fixed limit that keeps hostile input cheap. */
    public static ReadLimit ruleFile() {
        return new ReadLimit("rule file", RULE_FILE_BYTES, "a rule file is a few kilobytes: split it into several");
    }

    /** A baseline file, with the rule files' fixed limit. */
    public static ReadLimit baseline() {
        return new ReadLimit("baseline", RULE_FILE_BYTES, "a baseline this large accepts too much: write it anew");
    }

    /** The message for a file of {@code size} bytes over the limit. */
    String tooLarge(long size) {
        return String.format(
                Locale.ROOT, "%s is too large: %,d bytes (the limit is %,d bytes; %s)", noun, size, maxBytes, raise);
    }
}
