package dev.factcheck.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.OptionalInt;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;

/** Encodes a part's task field by field; a year of 0 stands for none (a story's year is from 1000 to 2199). */
final class PartTaskCoder extends AtomicCoder<PartTask> {
    private static final long serialVersionUID = 1L;
    private static final PartTaskCoder INSTANCE = new PartTaskCoder();
    private static final StringUtf8Coder TEXT = StringUtf8Coder.of();
    private static final VarIntCoder NUMBER = VarIntCoder.of();
    private static final ListCoder<String> SOURCES = ListCoder.of(TEXT);

    private PartTaskCoder() {}

    static PartTaskCoder of() {
        return INSTANCE;
    }

    @Override
    public void encode(PartTask task, OutputStream out) throws IOException {
        TEXT.encode(task.rulesFile(), out);
        NUMBER.encode(task.index(), out);
        SOURCES.encode(task.sources(), out);
        NUMBER.encode(task.year().orElse(0), out);
    }

    @Override
    public PartTask decode(InputStream in) throws IOException {
        String rulesFile = TEXT.decode(in);
        int index = NUMBER.decode(in);
        var sources = SOURCES.decode(in);
        int year = NUMBER.decode(in);
        return new PartTask(rulesFile, index, sources, year == 0 ? OptionalInt.empty() : OptionalInt.of(year));
    }

    @Override
    public void verifyDeterministic() {}
}
