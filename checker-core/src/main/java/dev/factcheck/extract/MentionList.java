package dev.factcheck.extract;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of mentions held as bytes, each mention made again when it is read: a check's result keeps every
 * mention of every claim, and a corpus of a million sources holds about as many, so a mention costs about 51 bytes
 * here instead of the 300 its records take. Reading one allocates its records afresh, so the list suits results that
 * are kept and read a few times, not a hot loop. Equal to any list of equal mentions in the same order. Internal, may
 * change.
 */
public final class MentionList extends AbstractList<Mention> implements RandomAccess {
    private static final MentionList EMPTY = new Builder().build();

    private final byte[] bytes;
    private final int[] starts;
    private final String[] strings;

    private MentionList(byte[] bytes, int[] starts, String[] strings) {
        this.bytes = bytes;
        this.starts = starts;
        this.strings = strings;
    }

    /** {@code mentions} as a mention list: the same list when it is one already. */
    public static MentionList copyOf(List<Mention> mentions) {
        if (mentions instanceof MentionList list) {
            return list;
        }
        if (mentions.isEmpty()) {
            return EMPTY;
        }
        Builder builder = new Builder();
        mentions.forEach(builder::add);
        return builder.build();
    }

    /**
     * {@code mentions} as bytes that {@link #decode} gives back: the table's strings, then each mention's encoding
     * ({@link MentionBytes}), a few tens of bytes a mention. Used for the cache and for the parts of a split story.
     */
    public static byte[] encode(List<Mention> mentions) {
        MentionList list = copyOf(mentions);
        MentionBytes.Sink out = new MentionBytes.Sink();
        out.varint(list.strings.length);
        for (String text : list.strings) {
            out.text(text);
        }
        out.varint(list.starts.length);
        out.varint(list.bytes.length);
        out.bytes(list.bytes);
        return out.toArray();
    }

    /**
     * The mentions {@link #encode} wrote into {@code bytes}, each made once, so that bytes which are not such a list
     * fail here and nowhere later. They are never trusted further than that: a count larger than the bytes left, an
     * index out of the table or a value a record refuses all fail.
     *
     * @throws IllegalArgumentException when {@code bytes} are not mentions that {@link #encode} wrote
     */
    public static List<Mention> decode(byte[] bytes) {
        try {
            MentionBytes.Cursor in = new MentionBytes.Cursor(bytes, new String[0], 0);
            String[] strings = new String[in.count()];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = in.text();
            }
            int size = in.count();
            byte[] body = in.bytes(in.count());
            in.requireEnd();
            List<Mention> mentions = new ArrayList<>(size);
            MentionBytes.Cursor mention = new MentionBytes.Cursor(body, strings, 0);
            for (int i = 0; i < size; i++) {
                mentions.add(MentionBytes.read(mention));
            }
            mention.requireEnd();
            return List.copyOf(mentions);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not the bytes of a list of mentions: " + e, e);
        }
    }

    @Override
    public Mention get(int index) {
        Objects.checkIndex(index, starts.length);
        return MentionBytes.read(new MentionBytes.Cursor(bytes, strings, starts[index]));
    }

    @Override
    public int size() {
        return starts.length;
    }

    /** Adds mentions in order, then {@link #build}s the list; not thread-safe. */
    public static final class Builder {
        private final MentionBytes.Sink sink = new MentionBytes.Sink();
        private final Table strings = new Table();
        private int[] starts = new int[16];
        private int size;

        public Builder add(Mention mention) {
            Objects.requireNonNull(mention, "mention == null");
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
            }
            starts[size++] = sink.size();
            MentionBytes.write(sink, mention, strings);
            return this;
        }

        public int size() {
            return size;
        }

        /** The mentions added so far; the builder may go on adding, which the list does not see. */
        public MentionList build() {
            return new MentionList(sink.toArray(), Arrays.copyOf(starts, size), strings.toArray());
        }
    }

    /**
     * The strings of a list, each once but sources: a source's path is compared with the last one only, so that a claim
     * found in a million sources keeps no map of a million paths (a path that comes back later is listed again).
     */
    private static final class Table implements MentionBytes.Strings {
        private final Map<String, Integer> indexes = new HashMap<>();
        private final List<String> strings = new ArrayList<>();
        private String lastSource = "";
        private int lastSourceIndex = -1;

        @Override
        public int indexOf(String text) {
            return indexes.computeIfAbsent(text, this::add);
        }

        @Override
        public int indexOfSource(String path) {
            if (lastSourceIndex < 0 || !path.equals(lastSource)) {
                lastSource = path;
                lastSourceIndex = add(path);
            }
            return lastSourceIndex;
        }

        private int add(String text) {
            strings.add(text);
            return strings.size() - 1;
        }

        String[] toArray() {
            return strings.toArray(String[]::new);
        }
    }
}
