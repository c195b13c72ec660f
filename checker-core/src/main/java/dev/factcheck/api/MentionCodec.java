package dev.factcheck.api;

import dev.factcheck.extract.Measure;
import dev.factcheck.extract.Mention;
import dev.factcheck.extract.Named;
import dev.factcheck.extract.Quoted;
import dev.factcheck.extract.Reading;
import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.Interval;
import dev.factcheck.quantity.Quantity;
import dev.factcheck.quantity.Writing;
import dev.factcheck.source.Position;
import dev.factcheck.source.Span;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes mentions into the cache and reads them back, field by field, doubles by their bits: an explicit codec, so
 * that reading a cache file can only ever build these records (through their checking constructors), never run a
 * class that the file names. Internal.
 */
final class MentionCodec {
    private static final int MEASURE = 1;
    private static final int QUOTED = 2;
    private static final int NAMED = 3;

    private MentionCodec() {}

    static void write(DataOutputStream out, Mention mention, Map<String, Integer> table) throws IOException {
        writeShared(out, mention.source(), table);
        out.writeInt(mention.position().line());
        out.writeInt(mention.position().column());
        out.writeInt(mention.position().offset());
        writeString(out, mention.text());
        writeReading(out, mention.reading(), table);
        writeShared(out, mention.line(), table);
    }

    static Mention read(ByteBuffer in, List<String> table) throws IOException {
        String source = readShared(in, table);
        Position position = new Position(in.getInt(), in.getInt(), in.getInt());
        String text = readString(in);
        Reading reading = readReading(in, table);
        return new Mention(source, position, text, reading, readShared(in, table));
    }

    private static void writeReading(DataOutputStream out, Reading reading, Map<String, Integer> table)
            throws IOException {
        if (reading instanceof Measure measure) {
            out.writeByte(MEASURE);
            writeQuantity(out, measure.quantity());
        } else if (reading instanceof Quoted quoted) {
            out.writeByte(QUOTED);
            writeString(out, quoted.words());
            writeShared(out, quoted.speaker(), table);
        } else if (reading instanceof Named named) {
            out.writeByte(NAMED);
            writeString(out, named.listed());
            writeString(out, named.spelling().name());
        } else {
            throw new IllegalStateException(
                    "no cache encoding for " + reading.getClass().getName());
        }
    }

    private static Reading readReading(ByteBuffer in, List<String> table) throws IOException {
        int kind = in.get();
        return switch (kind) {
            case MEASURE -> new Measure(readQuantity(in));
            case QUOTED -> new Quoted(readString(in), readShared(in, table));
            case NAMED -> new Named(readString(in), Named.Spelling.valueOf(readString(in)));
            default -> throw new IOException("unknown reading " + kind);
        };
    }

    private static void writeQuantity(DataOutputStream out, Quantity quantity) throws IOException {
        writeString(out, quantity.dimension().name());
        out.writeBoolean(quantity.value().isPresent());
        out.writeDouble(quantity.value().orElse(0));
        out.writeDouble(quantity.interval().min());
        out.writeDouble(quantity.interval().max());
        out.writeBoolean(quantity.unit().isPresent());
        writeString(out, quantity.unit().orElse(""));
        out.writeDouble(quantity.writing().unit());
        out.writeDouble(quantity.writing().halfStep());
        writeSpan(out, quantity.span());
        writeSpan(out, quantity.figure());
    }

    private static Quantity readQuantity(ByteBuffer in) throws IOException {
        Dimension dimension = Dimension.valueOf(readString(in));
        boolean hasValue = (in.get() != 0);
        double value = in.getDouble();
        Interval interval = new Interval(in.getDouble(), in.getDouble());
        boolean hasUnit = (in.get() != 0);
        String unit = readString(in);
        Writing writing = new Writing(in.getDouble(), in.getDouble());
        return new Quantity(
                dimension,
                hasValue ? OptionalDouble.of(value) : OptionalDouble.empty(),
                interval,
                hasUnit ? Optional.of(unit) : Optional.empty(),
                writing,
                readSpan(in),
                readSpan(in));
    }

    private static void writeSpan(DataOutputStream out, Span span) throws IOException {
        out.writeInt(span.start());
        out.writeInt(span.end());
    }

    private static Span readSpan(ByteBuffer in) throws IOException {
        return new Span(in.getInt(), in.getInt());
    }

    /**
     * A string that many mentions of a source repeat (its path, the line that holds them) as its index in the table
     * when written before, else as a string that joins the table: the cache of a long story stays small and quick.
     */
    private static void writeShared(DataOutputStream out, String text, Map<String, Integer> table) throws IOException {
        Integer index = table.get(text);
        if (index != null) {
            out.writeInt(-1 - index);
            return;
        }
        table.put(text, table.size());
        writeString(out, text);
    }

    private static String readShared(ByteBuffer in, List<String> table) throws IOException {
        int mark = in.getInt();
        if (mark < 0) {
            if (-1 - mark >= table.size()) {
                throw new IOException("bad string index " + mark);
            }
            return table.get(-1 - mark);
        }
        if (mark > in.remaining()) {
            throw new IOException("bad length " + mark);
        }
        String text = bytes(in, mark);
        table.add(text);
        return text;
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
