package dev.factcheck.api;

import dev.factcheck.extract.Mention;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.CRC32C;

/**
 * One story's cache file: what each of its sources gave when last extracted. At the start of a check only an index
 * is loaded (each source's stat, hash, years and where its mentions lie in the file); mentions are read back one
 * source at a time, and the new file is written as the check records its sources, so that memory does not grow with
 * the cache. A file that is missing, cut short, corrupt (a block's checksum fails), of another factcheck or of other
 * rules is a miss, never an error; one that cannot be written is not written: the cache only ever spares work, it
 * never changes a result. Lookups are thread-safe; {@link #keep}, {@link #save} and {@link #close} belong to the
 * checking thread. Internal.
 */
final class StoryCache {
    private static final String MAGIC = "factcheck-cache";
    /** The layout of the file; a new layout makes old files misses. */
    private static final int FORMAT = 3;
    /** A block's length and checksum, before its bytes. */
    private static final int BLOCK_HEAD = Integer.BYTES + Long.BYTES;

    private final Optional<Path> file;
    private final String header;
    private final Map<String, CachedSource> old;
    private final Optional<FileChannel> oldFile;
    private final CacheWriter writer;

    private StoryCache(
            Optional<Path> file, String header, Map<String, CachedSource> old, Optional<FileChannel> oldFile) {
        this.file = file;
        this.header = header;
        this.old = old;
        this.oldFile = oldFile;
        this.writer = new CacheWriter(file, old);
    }

    /** No cache: finds nothing, keeps nothing, writes nothing. */
    static StoryCache none() {
        return new StoryCache(Optional.empty(), "", Map.of(), Optional.empty());
    }

    /**
     * The cache of the rule file shown as {@code rulePath}, whose text hashes to {@code ruleHash}, in {@code folder},
     * for factcheck {@code version}; empty when there is none or it cannot be trusted.
     */
    static StoryCache load(Path folder, String rulePath, String ruleHash, String version) {
        Path file = fileOf(folder, rulePath);
        String header = MAGIC + "\n" + FORMAT + "\n" + version + "\n" + rulePath + "\n" + ruleHash;
        Optional<FileChannel> channel = open(file);
        Map<String, CachedSource> index = channel.map(c -> index(c, header)).orElse(Map.of());
        if (index.isEmpty()) {
            channel.ifPresent(StoryCache::closeQuietly);
            channel = Optional.empty();
        }
        return new StoryCache(Optional.of(file), header, index, channel);
    }

    /** Whether {@code folder} holds a cache file for the rule file shown as {@code rulePath}, trusted or not. */
    static boolean exists(Path folder, String rulePath) {
        return Files.isRegularFile(fileOf(folder, rulePath));
    }

    private static Path fileOf(Path folder, String rulePath) {
        return folder.resolve(ContentHash.of(rulePath) + ".bin");
    }

    boolean isEnabled() {
        return file.isPresent();
    }

    /** Where and what the cache holds for the source shown as {@code path}, if it holds it. */
    Optional<CachedSource> entry(String path) {
        return Optional.ofNullable(old.get(path));
    }

    /** The mentions the cache holds for {@code entry}, by claim id; empty when they cannot be read back. */
    Optional<Map<String, List<Mention>>> mentions(CachedSource entry) {
        if (oldFile.isEmpty()) {
            return Optional.empty();
        }
        try {
            ByteBuffer body = ByteBuffer.allocate(entry.length());
            while (body.hasRemaining()) {
                if (oldFile.get().read(body, entry.offset() + body.position()) < 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(MentionCodec.readClaims(body.flip()));
        } catch (IOException | RuntimeException e) {
            // the file changed under the check, or a record refused a value: a miss, the source is extracted
            return Optional.empty();
        }
    }

    /**
     * Adds an entry to the file being written; {@code reused} when its mentions came from this cache, so that a check
     * that changed nothing can leave the old file in place.
     */
    void keep(CacheEntry entry, boolean reused) {
        if (isEnabled()) {
            writer.write(header, encode(entry), entry, reused);
        }
    }

    /**
     * Puts the file written in place of the old one; leaves the old one when the entries kept are those loaded (a
     * rerun with nothing changed writes nothing), or when the new one could not be written.
     */
    void save() {
        if (isEnabled()) {
            closeOld();
            writer.finish(header);
        }
    }

    /** Releases the old file and any file half-written; for a check that ends before {@link #save}. */
    void close() {
        closeOld();
        writer.abandon();
    }

    private void closeOld() {
        oldFile.ifPresent(StoryCache::closeQuietly);
    }

    private static Optional<FileChannel> open(Path file) {
        try {
            return Optional.of(FileChannel.open(file, StandardOpenOption.READ));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written through it
            return;
        }
    }

    /** A block: its length, the CRC32C of its bytes, and its bytes. */
    static void writeBlock(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.writeLong(checksum(bytes));
        out.write(bytes);
    }

    /**
     * The index of the file, every block's checksum checked on the way; empty when the file is not a whole cache of
     * these rules and this version.
     */
    private static Map<String, CachedSource> index(FileChannel channel, String header) {
        try {
            DataInputStream in =
                    new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel.position(0)), 1 << 16));
            long size = channel.size();
            byte[] first = block(in, size);
            if (first == null || !new String(first, StandardCharsets.UTF_8).equals(header)) {
                return Map.of();
            }
            return entries(in, size, BLOCK_HEAD + first.length);
        } catch (IOException | RuntimeException e) {
            // unreadable or corrupt (a record's constructor refused a value): a miss, as if deleted
            return Map.of();
        }
    }

    private static Map<String, CachedSource> entries(DataInputStream in, long size, long start) throws IOException {
        Map<String, CachedSource> entries = new HashMap<>();
        long at = start;
        for (byte[] bytes = block(in, size - at); bytes != null; bytes = block(in, size - at)) {
            CachedSource entry = CachedSource.decode(ByteBuffer.wrap(bytes), at + BLOCK_HEAD);
            entries.put(entry.path(), entry);
            at += BLOCK_HEAD + bytes.length;
        }
        boolean whole = in.readInt() == entries.size() && in.read() < 0;
        return whole ? entries : Map.of();
    }

    /**
     * The next block's bytes, its checksum checked, or null at the end mark (a block of length 0); {@code left} is how
     * many bytes the stream still holds.
     */
    static byte[] block(DataInputStream in, long left) throws IOException {
        int length = in.readInt();
        if (length == 0) {
            return null;
        }
        if (length < 0 || length > left - BLOCK_HEAD) {
            throw new EOFException("bad block length " + length);
        }
        long sum = in.readLong();
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length || checksum(bytes) != sum) {
            throw new IOException("bad block");
        }
        return bytes;
    }

    private static byte[] encode(CacheEntry entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            CachedSource.writeHead(out, entry);
            MentionCodec.writeClaims(out, entry.mentions());
        } catch (IOException e) {
            throw new IllegalStateException("a byte array cannot fail to be written", e);
        }
        return bytes.toByteArray();
    }

    private static long checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        return crc.getValue();
    }

    static OptionalInt year(int year) {
        return year < 0 ? OptionalInt.empty() : OptionalInt.of(year);
    }
}
