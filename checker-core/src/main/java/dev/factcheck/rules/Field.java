package dev.factcheck.rules;

import java.util.Objects;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One key of a rule file's mapping with its value, and whose key it is, to name it in messages.
 *
 * @param key the key as written
 * @param keyNode where the key stands
 * @param value the value's node
 * @param owner {@code claim 'x'}, {@code defaults}, or empty at the top level
 */
record Field(String key, Node keyNode, Node value, String owner) {
    Field {
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(keyNode, "keyNode == null");
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(owner, "owner == null");
    }

    /** The key as messages name it: {@code 'near' in claim 'x'}, or {@code 'sources'} at the top level. */
    String named() {
        return "'" + key + "'" + in(owner);
    }

    /** {@code  in claim 'x'}, or nothing at the top level. */
    static String in(String owner) {
        return owner.isEmpty() ? "" : " in " + owner;
    }
}
