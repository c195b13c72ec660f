package dev.factcheck.api;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of paths held as the text after their common folder, each path made again when it is read: a
 * story of a million sources keeps a million short strings, not a million paths with their bytes, their text and the
 * offsets of their names (about 300 bytes each once shown). Equal to any list of equal paths in the same order.
 * Internal.
 */
final class PathList extends AbstractList<Path> implements RandomAccess {
    private static final PathList EMPTY = new PathList(FileSystems.getDefault(), "", new String[0]);

    private final FileSystem fileSystem;

    /** The text of the folder all paths are in, with its separator; empty when they share none. */
    private final String folder;

    private final String[] rest;

    private PathList(FileSystem fileSystem, String folder, String[] rest) {
        this.fileSystem = fileSystem;
        this.folder = folder;
        this.rest = rest;
    }

    /** {@code paths} as a path list: the same list when it is one already. */
    static PathList copyOf(Collection<Path> paths) {
        if (paths instanceof PathList list) {
            return list;
        }
        if (paths.isEmpty()) {
            return EMPTY;
        }
        FileSystem fileSystem = paths.iterator().next().getFileSystem();
        String[] texts = paths.stream().map(Path::toString).toArray(String[]::new);
        String folder = commonFolder(texts, fileSystem.getSeparator());
        for (int i = 0; i < texts.length; i++) {
            texts[i] = texts[i].substring(folder.length());
        }
        return new PathList(fileSystem, folder, texts);
    }

    /** The longest text, up to a separator, that every text starts with. */
    private static String commonFolder(String[] texts, String separator) {
        String common = texts[0];
        for (String text : texts) {
            int same = 0;
            int max = Math.min(common.length(), text.length());
            while (same < max && common.charAt(same) == text.charAt(same)) {
                same++;
            }
            common = common.substring(0, same);
        }
        return common.substring(0, common.lastIndexOf(separator) + 1);
    }

    @Override
    public Path get(int index) {
        Objects.checkIndex(index, rest.length);
        return fileSystem.getPath(folder + rest[index]);
    }

    @Override
    public int size() {
        return rest.length;
    }
}
