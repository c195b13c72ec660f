package dev.factcheck.extract;

import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.Interval;
import dev.factcheck.quantity.Quantity;
import dev.factcheck.quantity.Writing;
import dev.factcheck.source.Position;
import dev.factcheck.source.Span;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The in-memory encoding of {@link MentionList}: small numbers as varints, positions of spans relative to the mention,
 * the figure's interval and writing left out when they follow from its value, and strings that mentions repeat (their
 * source, their line, a speaker, a unit, an enum's name) as indexes into the list's table: about 51 bytes a mention on
 * the benchmark's corpus, where the records take about 300. The cache and a split story's parts write it too
 * ({@link MentionList#encode}), behind their own layout number and checksums. Internal.
 */
final class MentionBytes {
    private static final int MEASURE = 0;
    private static final int QUOTED = 1;
    private static final int NAMED = 2;

    private static final int HAS_VALUE = 1;
    private static final int HAS_UNIT = 2;
    /** The interval is exactly the value. */
    private static final int EXACT_INTERVAL = 4;
    /** The writing's half step is half its unit. */
    private static final int HALF_UNIT_STEP = 8;

    private MentionBytes() {}

    /** Gives each repeated string its index in the table. */
    interface Strings {
        int indexOf(String text);

        /** A source's path: mentions come source by source, so it is most often the last one's. */
        int indexOfSource(String path);
    }

    /** A growable byte array written at its end. */
    static final class Sink {
        private byte[] bytes = new byte[256];
        private int size;

        int size() {
            return size;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }

        private void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) b;
        }

        void varint(int value) {
            int v = value;
            while ((v & ~0x7F) != 0) {
                write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            write(v);
        }

        void signed(int value) {
            varint((value << 1) ^ (value >> 31));
        }

        void number(double value) {
            long bits = Double.doubleToRawLongBits(value);
            for (int shift = 56; shift >= 0; shift -= 8) {
                write((int) (bits >>> shift));
            }
        }

        void text(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            bytes(utf8);
        }

        void bytes(byte[] more) {
            if (size + more.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, bytes, size, more.length);
            size += more.length;
        }
    }

    /** Reads one mention's bytes from where it starts. */
    static final class Cursor {
        private final byte[] bytes;
        private final String[] strings;
        private int at;

        Cursor(byte[] bytes, String[] strings, int at) {
            this.bytes = bytes;
            this.strings = strings;
            this.at = at;
        }

        int varint() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        int signed() {
            int v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        double number() {
            long bits = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                bits = (bits << 8) | (bytes[at++] & 0xFF);
            }
            return Double.longBitsToDouble(bits);
        }

        String text() {
            int length = count();
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }

        /** A count or length, which can be no more than the bytes left: bytes from a file must not allocate gigabytes. */
        int count() {
            int count = varint();
            if (count < 0 || count > bytes.length - at) {
                throw new IllegalStateException("bad count " + count + " at " + at);
            }
            return count;
        }

        byte[] bytes(int length) {
            byte[] some = Arrays.copyOfRange(bytes, at, at + length);
            at += length;
            return some;
        }

        /** Fails unless every byte was read. */
        void requireEnd() {
            if (at != bytes.length) {
                throw new IllegalStateException((bytes.length - at) + " bytes left over");
            }
        }

        String shared() {
            return strings[varint()];
        }
    }

    static void write(Sink out, Mention mention, Strings strings) {
        out.varint(strings.indexOfSource(mention.source()));
        out.varint(mention.position().line());
        out.varint(mention.position().column());
        out.varint(mention.position().offset());
        out.text(mention.text());
        out.varint(strings.indexOf(mention.line()));
        int offset = mention.position().offset();
        if (mention.reading() instanceof Measure measure) {
            out.varint(MEASURE);
            writeQuantity(out, measure.quantity(), strings, offset);
        } else if (mention.reading() instanceof Quoted quoted) {
            out.varint(QUOTED);
            out.text(quoted.words());
            out.varint(strings.indexOf(quoted.speaker()));
        } else if (mention.reading() instanceof Named named) {
            out.varint(NAMED);
            out.varint(strings.indexOf(named.listed()));
            out.varint(strings.indexOf(named.spelling().name()));
        }
    }

    static Mention read(Cursor in) {
        String source = in.shared();
        Position position = new Position(in.varint(), in.varint(), in.varint());
        String text = in.text();
        String line = in.shared();
        int kind = in.varint();
        Reading reading = switch (kind) {
            case MEASURE -> new Measure(readQuantity(in, position.offset()));
            case QUOTED -> new Quoted(in.text(), in.shared());
            case NAMED -> new Named(in.shared(), Named.Spelling.valueOf(in.shared()));
            default -> throw new IllegalStateException("unknown reading " + kind);
        };
        return new Mention(source, position, text, reading, line);
    }

    private static void writeQuantity(Sink out, Quantity quantity, Strings strings, int offset) {
        int flags = flags(quantity);
        out.varint(strings.indexOf(quantity.dimension().name()));
        out.varint(flags);
        if ((flags & HAS_VALUE) != 0) {
            out.number(quantity.value().getAsDouble());
        }
        if ((flags & EXACT_INTERVAL) == 0) {
            out.number(quantity.interval().min());
            out.number(quantity.interval().max());
        }
        if ((flags & HAS_UNIT) != 0) {
            out.varint(strings.indexOf(quantity.unit().get()));
        }
        out.number(quantity.writing().unit());
        if ((flags & HALF_UNIT_STEP) == 0) {
            out.number(quantity.writing().halfStep());
        }
        writeSpan(out, quantity.span(), offset);
        writeSpan(out, quantity.figure(), quantity.span().start());
    }

    private static int flags(Quantity quantity) {
        int flags = 0;
        if (quantity.value().isPresent()) {
            flags |= HAS_VALUE;
            double value = quantity.value().getAsDouble();
            if (same(quantity.interval().min(), value)
                    && same(quantity.interval().max(), value)) {
                flags |= EXACT_INTERVAL;
            }
        }
        if (quantity.unit().isPresent()) {
            flags |= HAS_UNIT;
        }
        if (same(quantity.writing().halfStep(), quantity.writing().unit() / 2)) {
            flags |= HALF_UNIT_STEP;
        }
        return flags;
    }

    private static Quantity readQuantity(Cursor in, int offset) {
        Dimension dimension = Dimension.valueOf(in.shared());
        int flags = in.varint();
        OptionalDouble value = (flags & HAS_VALUE) != 0 ? OptionalDouble.of(in.number()) : OptionalDouble.empty();
        Interval interval = (flags & EXACT_INTERVAL) != 0
                ? Interval.exactly(value.getAsDouble())
                : new Interval(in.number(), in.number());
        Optional<String> unit = (flags & HAS_UNIT) != 0 ? Optional.of(in.shared()) : Optional.empty();
        double writingUnit = in.number();
        Writing writing = new Writing(writingUnit, (flags & HALF_UNIT_STEP) != 0 ? writingUnit / 2 : in.number());
        Span span = readSpan(in, offset);
        return new Quantity(dimension, value, interval, unit, writing, span, readSpan(in, span.start()));
    }

    /** A span as its start relative to {@code from} and its length: a few bytes where two ints take eight. */
    private static void writeSpan(Sink out, Span span, int from) {
        out.signed(span.start() - from);
        out.varint(span.length());
    }

    private static Span readSpan(Cursor in, int from) {
        int start = from + in.signed();
        return new Span(start, start + in.varint());
    }

    /** The same double, to the bit: a list gives back exactly what it was given, {@code -0.0} included. */
    private static boolean same(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }
}
