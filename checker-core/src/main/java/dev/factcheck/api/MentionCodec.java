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
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    static void write(DataOutputStream out, Mention mention) throws IOException {
        writeString(out, mention.source());
        out.writeInt(mention.position().line());
        out.writeInt(mention.position().column());
        out.writeInt(mention.position().offset());
        writeString(out, mention.text());
        writeReading(out, mention.reading());
        writeString(out, mention.line());
    }

    static Mention read(DataInputStream in) throws IOException {
        String source = readString(in);
        Position position = new Position(in.readInt(), in.readInt(), in.readInt());
        String text = readString(in);
        Reading reading = readReading(in);
        return new Mention(source, position, text, reading, readString(in));
    }

    private static void writeReading(DataOutputStream out, Reading reading) throws IOException {
        if (reading instanceof Measure measure) {
            out.writeByte(MEASURE);
            writeQuantity(out, measure.quantity());
        } else if (reading instanceof Quoted quoted) {
            out.writeByte(QUOTED);
            writeString(out, quoted.words());
            writeString(out, quoted.speaker());
        } else if (reading instanceof Named named) {
            out.writeByte(NAMED);
            writeString(out, named.listed());
            writeString(out, named.spelling().name());
        } else {
            throw new IllegalStateException(
                    "no cache encoding for " + reading.getClass().getName());
        }
    }

    private static Reading readReading(DataInputStream in) throws IOException {
        int kind = in.readByte();
        return switch (kind) {
            case MEASURE -> new Measure(readQuantity(in));
            case QUOTED -> new Quoted(readString(in), readString(in));
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

    private static Quantity readQuantity(DataInputStream in) throws IOException {
        Dimension dimension = Dimension.valueOf(readString(in));
        boolean hasValue = in.readBoolean();
        double value = in.readDouble();
        Interval interval = new Interval(in.readDouble(), in.readDouble());
        boolean hasUnit = in.readBoolean();
        String unit = readString(in);
        Writing writing = new Writing(in.readDouble(), in.readDouble());
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

    private static Span readSpan(DataInputStream in) throws IOException {
        return new Span(in.readInt(), in.readInt());
    }

    /** A string as its UTF-8 length and bytes: {@code writeUTF} stops at 64 KiB, and a source line may be longer. */
    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(count(in)), StandardCharsets.UTF_8);
    }

    /** A length or count, which can be no more than the bytes left: a corrupt one must not allocate gigabytes. */
    static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("bad count " + count);
        }
        return count;
    }
}
