package dev.factcheck.api;

import dev.factcheck.extract.Mention;
import dev.factcheck.extract.MentionList;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes each claim's mentions into the cache and a split story's parts, and reads them back: a claim's id, then its
 * mentions as {@link MentionList#encode} gives them, read back field by field through the records' checking
 * constructors, so that reading a file can only ever build these records, never run a class that the file names.
 * Internal.
 */
final class MentionCodec {
    private MentionCodec() {}

    /** Each claim's id and mentions, in the map's order. */
    static void writeClaims(DataOutputStream out, Map<String, List<Mention>> claims) throws IOException {
        out.writeInt(claims.size());
        for (Map.Entry<String, List<Mention>> claim : claims.entrySet()) {
            writeString(out, claim.getKey());
            byte[] mentions = MentionList.encode(claim.getValue());
            out.writeInt(mentions.length);
            out.write(mentions);
        }
    }

    /** What {@link #writeClaims} wrote, by claim id in its order. */
    static Map<String, List<Mention>> readClaims(ByteBuffer in) throws IOException {
        Map<String, List<Mention>> claims = new LinkedHashMap<>();
        for (int n = count(in); n > 0; n--) {
            String id = readString(in);
            byte[] mentions = new byte[count(in)];
            in.get(mentions);
            try {
                claims.put(id, MentionList.decode(mentions));
            } catch (IllegalArgumentException e) {
                throw new IOException("claim " + id + ": " + e.getMessage(), e);
            }
        }
        return claims;
    }

    /** A string as its UTF-8 length and bytes: {@code writeUTF} stops at 64 KiB, and a source line may be longer. */
    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(ByteBuffer in) throws IOException {
        return bytes(in, count(in));
    }

    /** The next {@code length} bytes, as UTF-8. */
    private static String bytes(ByteBuffer in, int length) {
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    /** A length or count, which can be no more than the bytes left: a corrupt one must not allocate gigabytes. */
    static int count(ByteBuffer in) throws IOException {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new IOException("bad count " + count);
        }
        return count;
    }
}
