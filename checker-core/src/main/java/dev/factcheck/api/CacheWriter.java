package dev.factcheck.api;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a story's new cache file as the check records its sources: a temporary file beside the old one, streamed,
 * renamed into place at the end, so that a reader only ever sees a whole file and memory does not grow with it. A
 * file that cannot be written is given up quietly. Used on the checking thread only. Internal.
 */
final class CacheWriter {
    private final Optional<Path> file;
    private final Map<String, CachedSource> old;
    private Path temp;
    private DataOutputStream out;
    private int entries;
    /** Whether an entry differs from the one loaded, so that the file must be replaced. */
    private boolean changed;

    private boolean failed;

    CacheWriter(Optional<Path> file, Map<String, CachedSource> old) {
        this.file = file;
        this.old = old;
    }

    /** Adds the encoded {@code entry}; {@code reused} when its mentions were read back from the old file. */
    void write(String header, byte[] encoded, CacheEntry entry, boolean reused) {
        if (failed) {
            return;
        }
        try {
            start(header);
            StoryCache.writeBlock(out, encoded);
            entries++;
            CachedSource before = old.get(entry.path());
            changed |= !reused || before == null || !before.describes(entry);
        } catch (IOException e) {
            giveUp();
        }
    }

    /** Ends the file and puts it in place, unless it holds just what the old one did. */
    void finish(String header) {
        if (failed || file.isEmpty()) {
            return;
        }
        if (!changed && entries == old.size()) {
            abandon();
            return;
        }
        try {
            start(header);
            out.writeInt(0);
            out.writeInt(entries);
            out.close();
            OutputFile.moveIntoPlace(temp, file.get());
            temp = null;
        } catch (IOException e) {
            giveUp();
        }
    }

    /** Closes and deletes the file being written, if any. */
    void abandon() {
        try {
            if (out != null) {
                out.close();
            }
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // a temporary file left behind is never read: its name is not a cache file's
            return;
        } finally {
            out = null;
            temp = null;
        }
    }

    private void start(String header) throws IOException {
        if (out == null) {
            Path folder =
                    Files.createDirectories(file.orElseThrow().toAbsolutePath().getParent());
            temp = Files.createTempFile(folder, "." + file.get().getFileName(), ".tmp");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
            StoryCache.writeBlock(out, header.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void giveUp() {
        failed = true;
        abandon();
    }
}
