package dev.factcheck.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells UTF-16 text apart from binary data: by its byte order mark, which says how to read it, or, without one, by the
 * NUL bytes that ASCII letters leave at every other place. Internal.
 */
final class Utf16 {
    /** How many bytes are looked at to guess UTF-16 without a byte order mark. */
    private static final int SAMPLE = 4096;

    /** Fewer bytes than this tell too little: {@code a\0} may be a letter in UTF-16 or a binary file's start. */
    private static final int LEAST = 8;

    private Utf16() {}

    /** The charset a UTF-16 byte order mark at the start names. */
    static Optional<Charset> byOrderMark(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /** Whether most bytes of one parity are NUL and almost none of the other: English text in UTF-16. */
    static boolean looksLikeUtf16(byte[] bytes) {
        int length = Math.min(bytes.length, SAMPLE);
        int[] nuls = new int[2];
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                nuls[i % 2]++;
            }
        }
        int half = length / 2;
        return length >= LEAST
                && Math.max(nuls[0], nuls[1]) * 10 >= half * 7
                && Math.min(nuls[0], nuls[1]) * 20 <= half;
    }
}
