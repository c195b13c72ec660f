package dev.factcheck.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a source file as strict UTF-8 text, refusing what is not text: a NUL byte marks a binary file, a malformed
 * byte sequence a file in another encoding. Reads only; never writes. Internal, may change.
 */
public final class SourceReader {
    private SourceReader() {}

    /**
     * Reads {@code file}, shown to users as {@code shownAs}.
     *
     * @throws InputException naming the file, and the position of the first bad byte where there is one
     */
    public static SourceText read(Path file, String shownAs) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw InputException.of(Problem.in(shownAs, "cannot read source: " + describe(e)));
        }
        return decode(bytes, shownAs);
    }

    /** Decodes bytes already read, with the same checks as {@link #read}. */
    public static SourceText decode(byte[] bytes, String shownAs) {
        int start = hasBom(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw InputException.of(Problem.at(
                        shownAs, positionOfByte(bytes, start, i), "binary file (NUL byte): a source must be text"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw InputException.of(Problem.at(
                    shownAs,
                    positionOfByte(bytes, start, in.position()),
                    "not UTF-8 text (byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF)
                            + "): save the source as UTF-8"));
        }
        decoder.flush(out);
        out.flip();
        return SourceText.of(shownAs, out.toString());
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Line and column of a byte, counting the valid UTF-8 text before it. */
    private static Position positionOfByte(byte[] bytes, int start, int index) {
        String before;
        try {
            before = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes, start, index - start))
                    .toString();
        } catch (CharacterCodingException e) {
            before = new String(bytes, start, index - start, StandardCharsets.UTF_8);
        }
        return SourceText.of("", before).position(before.length());
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
