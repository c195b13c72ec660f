package dev.factcheck.rules;

import dev.factcheck.source.Position;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reading SnakeYAML nodes: where they stand, their text, and how to name them in a message. */
final class YamlNodes {
    /** How many characters of a value a message shows before it cuts the value short. */
    private static final int SHOWN_LENGTH = 60;

    private YamlNodes() {}

    /** The node's 1-based line and column; SnakeYAML counts from 0, in code points. */
    static Position position(Node node) {
        Mark mark = node.getStartMark();
        return mark == null ? Position.of(1, 1) : Position.of(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Where a mapping starts: its first key, or the mapping itself when it is empty. */
    static Position start(MappingNode mapping) {
        return mapping.getValue().isEmpty()
                ? position(mapping)
                : position(mapping.getValue().get(0).getKeyNode());
    }

    /** The text of a scalar that is not YAML's null ({@code ~}, {@code null} or nothing). */
    static Optional<String> text(Node node) {
        return node instanceof ScalarNode scalar && !Tag.NULL.equals(node.getTag())
                ? Optional.of(scalar.getValue())
                : Optional.empty();
    }

    /** What a message says was found: {@code a mapping}, {@code a list}, {@code nothing} or the quoted text. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return text(node).map(YamlNodes::quoted).orElse("nothing");
    }

    /** The text in single quotes, on one line, cut short when long. */
    static String quoted(String text) {
        String line = text.replace("\r", "\\r").replace("\n", "\\n");
        String shown = line.codePointCount(0, line.length()) <= SHOWN_LENGTH
                ? line
                : line.codePoints()
                                .limit(SHOWN_LENGTH - 3)
                                .mapToObj(Character::toString)
                                .collect(Collectors.joining())
                        + "...";
        return "'" + shown + "'";
    }
}
