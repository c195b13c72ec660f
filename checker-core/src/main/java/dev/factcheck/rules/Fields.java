package dev.factcheck.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** The known keys of one mapping of a rule file; unknown, duplicate and non-text keys are reported as read. */
final class Fields {
    private final Map<String, Field> byKey;

    private Fields(Map<String, Field> byKey) {
        this.byKey = byKey;
    }

    static Fields none() {
        return new Fields(Map.of());
    }

    /** The fields of {@code mapping} whose keys are {@code allowed}, reporting every other key. */
    static Fields read(MappingNode mapping, List<String> allowed, String owner, RuleProblems problems) {
        Map<String, Field> byKey = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Optional<String> key = YamlNodes.text(keyNode);
            if (key.isEmpty()) {
                problems.at(
                        keyNode, "a key" + Field.in(owner) + " must be a word, found " + YamlNodes.describe(keyNode));
            } else if (byKey.containsKey(key.get())) {
                problems.at(keyNode, duplicate(byKey.get(key.get()), problems.path()));
            } else if (!allowed.contains(key.get())) {
                problems.at(keyNode, unknown(key.get(), allowed, owner));
            } else {
                byKey.put(key.get(), new Field(key.get(), keyNode, tuple.getValueNode(), owner));
            }
        }
        return new Fields(byKey);
    }

    Optional<Field> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** These fields, with each key of {@code defaults} that they do not set. */
    Fields over(Fields defaults) {
        Map<String, Field> merged = new LinkedHashMap<>(defaults.byKey);
        merged.putAll(byKey);
        return new Fields(merged);
    }

    Fields without(String key) {
        Map<String, Field> rest = new LinkedHashMap<>(byKey);
        rest.remove(key);
        return new Fields(rest);
    }

    private static String duplicate(Field first, String path) {
        return "duplicate key " + YamlNodes.quoted(first.key()) + Field.in(first.owner()) + " (first declared at "
                + path + ":" + YamlNodes.position(first.keyNode()) + ")";
    }

    private static String unknown(String key, List<String> allowed, String owner) {
        return "unknown key " + YamlNodes.quoted(key) + Field.in(owner) + " " + KeySuggestions.hint(key, allowed);
    }
}
