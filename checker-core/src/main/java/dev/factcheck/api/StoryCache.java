package dev.factcheck.api;

import dev.factcheck.extract.Mention;
import dev.factcheck.source.InputException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.CRC32C;

/**
 * One story's cache file: what each of its sources gave when last extracted, loaded once at the start of a check and
 * written once at the end, with only the sources this check chose. A file that is missing, cut short, corrupt (its
 * checksum fails), of another factcheck or of other rules is a miss, never an error; one that cannot be written is
 * not written: the cache only ever spares work, it never changes a result. Internal.
 */
final class StoryCache {
    private static final String MAGIC = "factcheck-cache";
    /** The layout of the file; a new layout makes old files misses. */
    private static final int FORMAT = 1;

    private final Optional<Path> file;
    private final String header;
    private final Map<String, CacheEntry> old;
    private final Map<String, CacheEntry> kept = new LinkedHashMap<>();
    /** Whether an entry kept differs from the one loaded, so that the file must be written again. */
    private boolean changed;

    private StoryCache(Optional<Path> file, String header, Map<String, CacheEntry> old) {
        this.file = file;
        this.header = header;
        this.old = old;
    }

    /** No cache: finds nothing, keeps nothing, writes nothing. */
    static StoryCache none() {
        return new StoryCache(Optional.empty(), "", Map.of());
    }

    /**
     * The cache of the rule file shown as {@code rulePath}, whose text hashes to {@code ruleHash}, in {@code folder},
     * for factcheck {@code version}; empty when there is none or it cannot be trusted.
     */
    static StoryCache load(Path folder, String rulePath, String ruleHash, String version) {
        Path file = folder.resolve(ContentHash.of(rulePath) + ".bin");
        String header = MAGIC + "\n" + FORMAT + "\n" + version + "\n" + rulePath + "\n" + ruleHash;
        return new StoryCache(Optional.of(file), header, read(file, header));
    }

    boolean isEnabled() {
        return file.isPresent();
    }

    /** What the source shown as {@code path} gave last time, if the cache holds it. */
    Optional<CacheEntry> entry(String path) {
        return Optional.ofNullable(old.get(path));
    }

    /** Keeps an entry for the file written at the end; thread-confined like the story's bookkeeping. */
    void keep(CacheEntry entry) {
        if (isEnabled()) {
            kept.put(entry.path(), entry);
            changed |= !entry.equals(old.get(entry.path()));
        }
    }

    /**
     * Writes the entries kept, replacing the file whole; does nothing when they are those loaded (a rerun with nothing
     * changed writes nothing) or when it cannot.
     */
    void save() {
        if (file.isEmpty() || (!changed && kept.size() == old.size())) {
            return;
        }
        try {
            OutputFile.write(file.get(), withChecksum(encode()));
        } catch (IOException | InputException e) {
            // A cache that cannot be written only costs the next check time; the check itself has succeeded.
            return;
        }
    }

    private byte[] encode() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            MentionCodec.writeString(out, header);
            out.writeInt(kept.size());
            for (CacheEntry entry : kept.values()) {
                writeEntry(out, entry);
            }
        }
        return bytes.toByteArray();
    }

    private static void writeEntry(DataOutputStream out, CacheEntry entry) throws IOException {
        MentionCodec.writeString(out, entry.path());
        out.writeLong(entry.stat().size());
        out.writeLong(entry.stat().modified());
        MentionCodec.writeString(out, entry.hash());
        out.writeInt(entry.ownYear().orElse(-1));
        out.writeInt(entry.givenYear().orElse(-1));
        out.writeInt(entry.mentions().size());
        Map<String, Integer> table = new HashMap<>();
        for (Map.Entry<String, List<Mention>> claim : entry.mentions().entrySet()) {
            MentionCodec.writeString(out, claim.getKey());
            out.writeInt(claim.getValue().size());
            for (Mention mention : claim.getValue()) {
                MentionCodec.write(out, mention, table);
            }
        }
    }

    private static byte[] withChecksum(byte[] body) {
        byte[] all = Arrays.copyOf(body, body.length + Long.BYTES);
        ByteBuffer.wrap(all, body.length, Long.BYTES).putLong(checksum(body, body.length));
        return all;
    }

    private static long checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    /** The entries of the file, or none when it is missing or cannot be trusted. */
    private static Map<String, CacheEntry> read(Path file, String header) {
        try {
            byte[] all = Files.readAllBytes(file);
            int length = all.length - Long.BYTES;
            if (length < 0 || ByteBuffer.wrap(all, length, Long.BYTES).getLong() != checksum(all, length)) {
                return Map.of();
            }
            return decode(ByteBuffer.wrap(all, 0, length).slice(), header);
        } catch (IOException | RuntimeException e) {
            // Missing, unreadable or corrupt (a record's constructor refused a value): a miss, as if deleted.
            return Map.of();
        }
    }

    private static Map<String, CacheEntry> decode(ByteBuffer in, String header) throws IOException {
        if (!MentionCodec.readString(in).equals(header)) {
            return Map.of();
        }
        Map<String, CacheEntry> entries = new HashMap<>();
        for (int i = MentionCodec.count(in); i > 0; i--) {
            CacheEntry entry = readEntry(in);
            entries.put(entry.path(), entry);
        }
        return in.remaining() == 0 ? entries : Map.of();
    }

    private static CacheEntry readEntry(ByteBuffer in) throws IOException {
        String path = MentionCodec.readString(in);
        FileStat stat = new FileStat(in.getLong(), in.getLong());
        String hash = MentionCodec.readString(in);
        OptionalInt ownYear = year(in.getInt());
        OptionalInt givenYear = year(in.getInt());
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        List<String> table = new ArrayList<>();
        for (int claims = MentionCodec.count(in); claims > 0; claims--) {
            String id = MentionCodec.readString(in);
            List<Mention> found = new ArrayList<>();
            for (int n = MentionCodec.count(in); n > 0; n--) {
                found.add(MentionCodec.read(in, table));
            }
            mentions.put(id, found);
        }
        return new CacheEntry(path, stat, hash, ownYear, givenYear, mentions);
    }

    private static OptionalInt year(int year) {
        return year < 0 ? OptionalInt.empty() : OptionalInt.of(year);
    }
}
