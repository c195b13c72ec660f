package dev.factcheck.api;

import dev.factcheck.extract.Mention;
import dev.factcheck.source.Position;
import dev.factcheck.source.Problem;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A story part as bytes, for the workers of a split story: its claims' mentions through the cache's
 * {@link MentionCodec} (one string table for each claim, so a source's path and lines are written once), then its
 * problems. Internal.
 */
final class StoryPartCodec {
    private StoryPartCodec() {}

    static byte[] encode(StoryPart part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            MentionCodec.writeClaims(out, part.mentions());
            out.writeInt(part.problems().size());
            for (Problem problem : part.problems()) {
                writeProblem(out, problem);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static StoryPart decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            Map<String, List<Mention>> mentions = MentionCodec.readClaims(in);
            List<Problem> problems = new ArrayList<>();
            for (int n = MentionCodec.count(in); n > 0; n--) {
                problems.add(readProblem(in));
            }
            return new StoryPart(mentions, problems);
        } catch (IOException | BufferUnderflowException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not the bytes of a story part: " + e.getMessage(), e);
        }
    }

    private static void writeProblem(DataOutputStream out, Problem problem) throws IOException {
        MentionCodec.writeString(out, problem.path());
        out.writeBoolean(problem.position().isPresent());
        Position at = problem.position().orElse(new Position(1, 1, 0));
        out.writeInt(at.line());
        out.writeInt(at.column());
        out.writeInt(at.offset());
        MentionCodec.writeString(out, problem.message());
    }

    private static Problem readProblem(ByteBuffer in) throws IOException {
        String path = MentionCodec.readString(in);
        boolean placed = in.get() != 0;
        Position at = new Position(in.getInt(), in.getInt(), in.getInt());
        String message = MentionCodec.readString(in);
        return placed ? Problem.at(path, at, message) : Problem.in(path, message);
    }
}
