package dev.factcheck.beam;

import dev.factcheck.api.StoryPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.VarIntCoder;

/** Encodes a part's index, then the part as {@link StoryPart#toBytes()} writes it. */
final class IndexedPartCoder extends AtomicCoder<IndexedPart> {
    private static final long serialVersionUID = 1L;
    private static final IndexedPartCoder INSTANCE = new IndexedPartCoder();

    private IndexedPartCoder() {}

    static IndexedPartCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(IndexedPart part, OutputStream out) throws IOException {
        VarIntCoder.of().encode(part.index(), out);
        ByteArrayCoder.of().encode(part.part().toBytes(), out);
    }

    @Override
    public IndexedPart decode(InputStream in) throws IOException {
        int index = VarIntCoder.of().decode(in);
        return new IndexedPart(index, StoryPart.fromBytes(ByteArrayCoder.of().decode(in)));
    }
}
