package dev.factcheck.api;

import dev.factcheck.compare.Baseline;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Position;
import dev.factcheck.source.Problem;
import dev.factcheck.source.ReadLimit;
import dev.factcheck.source.SourceReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and writes a baseline file: YAML with one {@code accepted} list, each entry a {@code claim}, the
 * {@code fingerprint} of its evidence, a {@code reason} and an {@code expires} date ({@code 2027-01-31}). Problems
 * name the file, line and column.
 */
public final class BaselineFile {
    private static final List<String> KEYS = List.of("claim", "fingerprint", "reason", "expires");

    private BaselineFile() {}

    /**
     * Reads the baseline at {@code file}, shown to users as {@code shownAs}.
     *
     * @throws InputException listing every problem of the file
     */
    public static Baseline read(Path file, String shownAs) {
        if (!Files.exists(file)) {
            throw InputException.of(Problem.in(
                    shownAs,
                    "no such baseline file: write one with the baseline goal (mvn factcheck:baseline), or name"
                            + " another with -Dfactcheck.baseline"));
        }
        String text = SourceReader.read(file, shownAs, ReadLimit.baseline()).text();
        List<Problem> problems = new ArrayList<>();
        List<Baseline.Entry> entries = new ArrayList<>();
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            for (Node item : accepted(root, shownAs, problems)) {
                entry(item, shownAs, problems).ifPresent(entries::add);
            }
        } catch (MarkedYAMLException e) {
            problems.add(Problem.at(
                    shownAs,
                    position(e.getProblemMark().getLine(), e.getProblemMark().getColumn()),
                    "malformed YAML: " + e.getProblem()));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Baseline(entries);
    }

    /**
     * Writes {@code baseline} to {@code file}, creating its folder; returns the file. The file is replaced whole, by a
     * rename, so that a run killed half-way leaves the previous one.
     *
     * @throws InputException naming the folder that cannot be created or the file that cannot be written
     */
    public static Path write(Baseline baseline, Path file) {
        StringBuilder yaml =
                new StringBuilder("# factcheck baseline: accepted divergences. An entry accepts its claim while"
                        + " the evidence is unchanged\n# (same fingerprint) and until it expires; then the claim fails again.\n"
                        + "accepted:\n");
        for (Baseline.Entry e : baseline.entries()) {
            yaml.append("  - claim: ")
                    .append(e.claim())
                    .append('\n')
                    .append("    fingerprint: ")
                    .append(e.fingerprint())
                    .append('\n')
                    .append("    reason: ")
                    .append(quoted(e.reason()))
                    .append('\n')
                    .append("    expires: ")
                    .append(e.expires())
                    .append('\n');
        }
        return OutputFile.write(file, yaml.toString());
    }

    private static List<Node> accepted(Node root, String shownAs, List<Problem> problems) {
        if (root == null) {
            return List.of();
        }
        Optional<Node> list = root instanceof MappingNode mapping ? value(mapping, "accepted") : Optional.empty();
        if (list.isPresent() && list.get() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.add(
                Problem.at(shownAs, start(root), "a baseline holds one list, 'accepted', of accepted divergences"));
        return List.of();
    }

    private static Optional<Baseline.Entry> entry(Node item, String shownAs, List<Problem> problems) {
        if (!(item instanceof MappingNode mapping)) {
            problems.add(Problem.at(
                    shownAs, start(item), "an accepted divergence must be a mapping of " + String.join(", ", KEYS)));
            return Optional.empty();
        }
        Map<String, ScalarNode> fields = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            if (!KEYS.contains(key) || !(tuple.getValueNode() instanceof ScalarNode value)) {
                problems.add(Problem.at(
                        shownAs,
                        start(tuple.getKeyNode()),
                        "unknown or malformed key '" + key + "' (expected one of: " + String.join(", ", KEYS) + ")"));
                continue;
            }
            fields.put(key, value);
        }
        return complete(mapping, fields, shownAs, problems);
    }

    private static Optional<Baseline.Entry> complete(
            MappingNode mapping, Map<String, ScalarNode> fields, String shownAs, List<Problem> problems) {
        List<String> missing = KEYS.stream().filter(k -> !fields.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            problems.add(
                    Problem.at(shownAs, start(mapping), "accepted divergence without " + String.join(", ", missing)));
            return Optional.empty();
        }
        try {
            return Optional.of(new Baseline.Entry(
                    fields.get("claim").getValue(),
                    fields.get("fingerprint").getValue(),
                    fields.get("reason").getValue(),
                    LocalDate.parse(fields.get("expires").getValue())));
        } catch (DateTimeParseException e) {
            problems.add(Problem.at(
                    shownAs,
                    start(fields.get("expires")),
                    "expires must be a date such as 2027-01-31," + " found '"
                            + fields.get("expires").getValue() + "'"));
            return Optional.empty();
        }
    }

    private static Optional<Node> value(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .filter(t ->
                        t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .map(NodeTuple::getValueNode)
                .findFirst();
    }

    private static Position start(Node node) {
        return position(node.getStartMark().getLine(), node.getStartMark().getColumn());
    }

    private static Position position(int line, int column) {
        return Position.of(line + 1, column + 1);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
