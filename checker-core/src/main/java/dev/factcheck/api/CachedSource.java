package dev.factcheck.api;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a story's cache file holds for one source, as its index keeps it: the source's stat, content hash and years,
 * and where in the file its mentions lie, so that they are read back only when used. Internal.
 *
 * @param path the source as shown to users, which its mentions name
 * @param stat the source's stat when it was read, or {@link FileStat#UNKNOWN} when it changed too lately to trust
 * @param hash the SHA-256 of the source's text, in hex
 * @param ownYear the first year the source names, or empty
 * @param givenYear the year its extraction was given, or empty
 * @param offset where its mentions start in the file
 * @param length how many bytes they take
 */
record CachedSource(
        String path, FileStat stat, String hash, OptionalInt ownYear, OptionalInt givenYear, long offset, int length) {
    CachedSource {
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(stat, "stat == null");
        Objects.requireNonNull(hash, "hash == null");
        Objects.requireNonNull(ownYear, "ownYear == null");
        Objects.requireNonNull(givenYear, "givenYear == null");
    }

    /** Whether this entry holds what extracting the source of {@code hash} with {@code year} would give. */
    boolean isFor(String hash, OptionalInt year) {
        return this.hash.equals(hash) && givenYear.equals(year);
    }

    /** Whether {@code entry} describes the same source as this one: same path, stat, content and years. */
    boolean describes(CacheEntry entry) {
        return path.equals(entry.path())
                && stat.equals(entry.stat())
                && hash.equals(entry.hash())
                && ownYear.equals(entry.ownYear())
                && givenYear.equals(entry.givenYear());
    }

    /** Writes what the index keeps of {@code entry}; its mentions follow. */
    static void writeHead(DataOutputStream out, CacheEntry entry) throws IOException {
        MentionCodec.writeString(out, entry.path());
        out.writeLong(entry.stat().size());
        out.writeLong(entry.stat().modified());
        MentionCodec.writeString(out, entry.hash());
        out.writeInt(entry.ownYear().orElse(-1));
        out.writeInt(entry.givenYear().orElse(-1));
    }

    /** The index entry at the start of {@code block}, which starts at {@code blockOffset} in the file. */
    static CachedSource decode(ByteBuffer block, long blockOffset) throws IOException {
        String path = MentionCodec.readString(block);
        FileStat stat = new FileStat(block.getLong(), block.getLong());
        String hash = MentionCodec.readString(block);
        OptionalInt ownYear = StoryCache.year(block.getInt());
        OptionalInt givenYear = StoryCache.year(block.getInt());
        return new CachedSource(
                path, stat, hash, ownYear, givenYear, blockOffset + block.position(), block.remaining());
    }
}
