package dev.factcheck.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a source file as strict UTF-8 text (or UTF-16 when a byte order mark says so), refusing what is not text: a
 * NUL byte marks a binary file, a malformed byte sequence a file in another encoding, and a file over the size limit is
 * refused before it is read. Reads only; never writes. Internal, may change.
 */
public final class SourceReader {
    private SourceReader() {}

    /**
     * Reads the source {@code file}, shown to users as {@code shownAs}, within the default size limit.
     *
     * @throws InputException naming the file, and the position of the first bad byte where there is one
     */
    public static SourceText read(Path file, String shownAs) {
        return read(file, shownAs, ReadLimit.source(ReadLimit.DEFAULT_SOURCE_BYTES));
    }

    /**
     * Reads {@code file}, shown to users as {@code shownAs}, refusing it unread when it is larger than {@code limit}.
     *
     * @throws InputException naming the file, and the position of the first bad byte where there is one
     */
    public static SourceText read(Path file, String shownAs, ReadLimit limit) {
        byte[] bytes;
        try {
            bytes = readAtMost(file, shownAs, limit);
        } catch (IOException | SecurityException e) {
            throw InputException.of(Problem.in(shownAs, "cannot read " + limit.noun() + ": " + describe(e)));
        }
        return decode(bytes, shownAs, limit.noun());
    }

    /** Decodes the bytes of a source already read, with the same checks as {@link #read}. */
    public static SourceText decode(byte[] bytes, String shownAs) {
        return decode(bytes, shownAs, "source");
    }

    private static SourceText decode(byte[] bytes, String shownAs, String noun) {
        Optional<Charset> utf16 = Utf16.byOrderMark(bytes);
        if (utf16.isPresent()) {
            return strict(bytes, 2, utf16.get(), shownAs, noun);
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw InputException.of(nulByte(bytes, start, i, shownAs, noun));
            }
        }
        return strict(bytes, start, StandardCharsets.UTF_8, shownAs, noun);
    }

    /** The file's bytes; the size is checked before and while reading, as a file may grow or lie about its size. */
    private static byte[] readAtMost(Path file, String shownAs, ReadLimit limit) throws IOException {
        long size = Files.size(file);
        if (size > limit.maxBytes()) {
            throw InputException.of(Problem.in(shownAs, limit.tooLarge(size)));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.maxBytes() + 1));
            if (bytes.length > limit.maxBytes()) {
                throw InputException.of(Problem.in(shownAs, limit.tooLarge(Math.max(size, bytes.length))));
            }
            return bytes;
        }
    }

    private static Problem nulByte(byte[] bytes, int start, int index, String shownAs, String noun) {
        if (Utf16.looksLikeUtf16(bytes)) {
            return Problem.in(
                    shownAs,
                    "looks like UTF-16 text without a byte order mark: factcheck reads UTF-8 (or UTF-16 that starts"
                            + " with a byte order mark); save the " + noun + " as UTF-8");
        }
        return Problem.at(
                shownAs,
                positionOfByte(bytes, start, index, StandardCharsets.UTF_8),
                "binary file (NUL byte): a " + noun + " must be text");
    }

    private static SourceText strict(byte[] bytes, int start, Charset charset, String shownAs, String noun) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError() || decoder.flush(out).isError()) {
            throw InputException.of(Problem.at(
                    shownAs,
                    positionOfByte(bytes, start, in.position(), charset),
                    "not " + charset.name().replace("BE", "").replace("LE", "") + " text (byte 0x"
                            + String.format("%02X", bytes[Math.min(in.position(), bytes.length - 1)] & 0xFF)
                            + "): save the " + noun + " as UTF-8"));
        }
        out.flip();
        return SourceText.of(shownAs, out.toString());
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Line and column of a byte, counting the valid text before it. */
    private static Position positionOfByte(byte[] bytes, int start, int index, Charset charset) {
        String before;
        try {
            before = charset.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, start, index - start))
                    .toString();
        } catch (CharacterCodingException e) {
            before = new String(bytes, start, index - start, charset);
        }
        return SourceText.of("", before).position(before.length());
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
