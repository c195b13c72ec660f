package dev.factcheck.api;

import dev.factcheck.report.ConsoleLine;
import dev.factcheck.source.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last gate's outcome, kept in the cache folder under the key of everything it depended on ({@link GateKey}),
 * with the stat of each report file it left and each rule file's globs, so that a rerun can find the key again without
 * parsing rule files whose text is unchanged. A gate whose key is the same and whose reports are as it left them gives
 * that outcome again without checking. A file that is missing, corrupt or of another layout is a miss, one that cannot
 * be written is not written: like the stories' caches, it only ever spares work. Internal.
 */
final class GateMemo {
    private static final String MAGIC = "factcheck-gate";
    /** The layout of the file; a new layout makes old files misses. */
    private static final int FORMAT = 3;

    private final Path file;

    GateMemo(Path cacheDirectory) {
        this.file = cacheDirectory.resolve("gate.bin");
    }

    /** The outcome kept under {@code key}, marked unchanged, when every report it names still has its stat. */
    Optional<GateOutcome> find(String key) {
        return read().filter(last -> last.key().equals(key)).map(Kept::outcome);
    }

    /**
     * The last gate's stories, key and outcome (marked unchanged), when every report it names still has its stat;
     * empty when there is none to trust.
     */
    Optional<Kept> read() {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body()))) {
            if (!in.readUTF().equals(MAGIC) || in.readInt() != FORMAT) {
                return Optional.empty();
            }
            List<StoryGlobs> stories = stories(in);
            String key = in.readUTF();
            List<Path> reports = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                Path report = Path.of(in.readUTF());
                FileStat kept = new FileStat(in.readLong(), in.readLong());
                if (!FileStat.of(report).equals(Optional.of(kept))) {
                    return Optional.empty();
                }
                reports.add(report);
            }
            return Optional.of(new Kept(stories, key, new GateOutcome(console(in), reports, problems(in), true)));
        } catch (IOException | RuntimeException e) {
            // missing, cut short, corrupt, or a value a record refuses: a miss, the gate checks afresh
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code outcome} under {@code key} with the stories it found sources for, or nothing when it cannot be
     * written or a report has no stat.
     */
    void keep(List<StoryGlobs> stories, String key, GateOutcome outcome) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            writeStories(out, stories);
            out.writeUTF(key);
            out.writeInt(outcome.reports().size());
            for (Path report : outcome.reports()) {
                FileStat stat = FileStat.of(report).orElseThrow(() -> new IOException("no stat: " + report));
                out.writeUTF(report.toAbsolutePath().toString());
                out.writeLong(stat.size());
                out.writeLong(stat.modified());
            }
            writeConsole(out, outcome.console());
            writeProblems(out, outcome.problems());
        } catch (IOException | RuntimeException e) {
            // a report gone already, or a line too long for the layout: keep nothing, the next gate checks afresh
            return;
        }
        write(bytes.toByteArray());
    }

    /** A kept gate: the stories whose sources it found, its key and its outcome. */
    record Kept(List<StoryGlobs> stories, String key, GateOutcome outcome) {
        Kept {
            stories = List.copyOf(stories);
        }
    }

    /** The file's one block, its checksum checked. */
    private byte[] body() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte[] body = StoryCache.block(in, bytes.length);
            if (body == null || in.read() >= 0) {
                throw new IOException("bad block");
            }
            return body;
        }
    }

    /** Writes {@code body} as one block to a temporary file beside the file, then renamed into place. */
    private void write(byte[] body) {
        Path temp = null;
        try {
            Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
            temp = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(temp))) {
                StoryCache.writeBlock(out, body);
            }
            OutputFile.moveIntoPlace(temp, file);
        } catch (IOException e) {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // a temporary file left behind is never read: its name is not the memo's
            return;
        }
    }

    private static void writeStories(DataOutputStream out, List<StoryGlobs> stories) throws IOException {
        out.writeInt(stories.size());
        for (StoryGlobs story : stories) {
            out.writeUTF(story.rule().path());
            out.writeUTF(story.folder().toAbsolutePath().toString());
            out.writeUTF(story.rule().digest());
            out.writeInt(story.globs().size());
            for (String glob : story.globs()) {
                out.writeUTF(glob);
            }
        }
    }

    private static List<StoryGlobs> stories(DataInputStream in) throws IOException {
        List<StoryGlobs> stories = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            StoryGlobs.RuleDigest rule = new StoryGlobs.RuleDigest(in.readUTF(), Path.of(in.readUTF()), in.readUTF());
            List<String> globs = new ArrayList<>();
            for (int g = in.readInt(); g > 0; g--) {
                globs.add(in.readUTF());
            }
            stories.add(new StoryGlobs(rule, globs));
        }
        return stories;
    }

    private static void writeConsole(DataOutputStream out, List<ConsoleLine> console) throws IOException {
        out.writeInt(console.size());
        for (ConsoleLine line : console) {
            out.writeUTF(line.severity().name());
            out.writeUTF(line.text());
        }
    }

    private static List<ConsoleLine> console(DataInputStream in) throws IOException {
        List<ConsoleLine> console = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            console.add(new ConsoleLine(Severity.valueOf(in.readUTF()), in.readUTF()));
        }
        return console;
    }

    private static void writeProblems(DataOutputStream out, List<GateOutcome.ClaimProblem> problems)
            throws IOException {
        out.writeInt(problems.size());
        for (GateOutcome.ClaimProblem problem : problems) {
            out.writeUTF(problem.claimId());
            out.writeUTF(problem.severity().name());
        }
    }

    private static List<GateOutcome.ClaimProblem> problems(DataInputStream in) throws IOException {
        List<GateOutcome.ClaimProblem> problems = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            problems.add(new GateOutcome.ClaimProblem(in.readUTF(), Severity.valueOf(in.readUTF())));
        }
        return problems;
    }
}
