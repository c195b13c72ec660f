package dev.factcheck.rules;

import dev.factcheck.quantity.QuantityReader;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Parses one rule file's YAML into a {@link RuleFile}, checking every key and value and reporting every problem with
 * its position. Reads no files: the caller passes the text. Internal, may change: users start from the {@code api}.
 */
public final class RuleParser {
    /** The keys of a rule file's top level, in the order messages list them. */
    static final List<String> KEYS = List.of("story", "sources", "defaults", "claims");

    private final RuleProblems problems;
    private final ValueReader values;

    private RuleParser(String shownPath) {
        this.problems = new RuleProblems(shownPath);
        this.values = new ValueReader(problems);
    }

    /**
     * The rule file that {@code yamlText} declares, with its {@code defaults} applied to each claim.
     *
     * @param shownPath the file's path as messages show it
     * @throws InputException listing every problem of the file, each at its line and column
     */
    public static RuleFile parse(String shownPath, String yamlText) {
        Objects.requireNonNull(shownPath, "shownPath == null");
        Objects.requireNonNull(yamlText, "yamlText == null");
        Optional<Node> root = RuleYaml.compose(shownPath, yamlText);
        if (root.isEmpty()) {
            throw InputException.of(Problem.in(shownPath, "rule file is empty (expected 'sources' and 'claims')"));
        }
        return new RuleParser(shownPath).read(root.get());
    }

    /** Every problem of the rule file, in the order found; empty when it parses. */
    public static List<Problem> check(String shownPath, String yamlText) {
        try {
            parse(shownPath, yamlText);
            return List.of();
        } catch (InputException e) {
            return e.problems();
        }
    }

    private RuleFile read(Node root) {
        if (!(root instanceof MappingNode mapping)) {
            throw InputException.of(Problem.at(
                    problems.path(),
                    YamlNodes.position(root),
                    "a rule file must be a mapping with 'sources' and 'claims', found " + YamlNodes.describe(root)));
        }
        Fields fields = Fields.read(mapping, KEYS, "", problems);
        require(fields, "sources", mapping);
        require(fields, "claims", mapping);
        Optional<String> story = fields.get("story").flatMap(values::text);
        List<RuleFile.SourceGlob> sources =
                fields.get("sources").map(this::sources).orElse(List.of());
        ClaimReader claimReader = new ClaimReader(problems, defaults(fields), QuantityReader.english());
        claimReader.checkDefaults(YamlNodes.start(mapping));
        List<Claim> claims =
                fields.get("claims").map(f -> claims(f, claimReader)).orElse(List.of());
        problems.addAll(RuleSet.duplicateIds(claims));
        problems.throwIfAny();
        return new RuleFile(problems.path(), story, sources, claims);
    }

    private void require(Fields fields, String key, MappingNode mapping) {
        if (!fields.has(key)) {
            problems.at(YamlNodes.start(mapping), "missing required key '" + key + "'");
        }
    }

    private List<RuleFile.SourceGlob> sources(Field field) {
        if (isEmptyList(field.value())) {
            problems.at(field.value(), "'sources' is empty (list at least one glob, such as '../seeds/*.txt')");
        }
        List<RuleFile.SourceGlob> sources = new ArrayList<>();
        for (Node item : values.items(field, "a list of globs")) {
            String glob = YamlNodes.text(item).orElseThrow();
            if (glob.isBlank()) {
                problems.at(item, "'sources' holds an empty glob (write a glob, or remove the item)");
            } else {
                sources.add(new RuleFile.SourceGlob(glob, YamlNodes.position(item)));
            }
        }
        return sources;
    }

    private Fields defaults(Fields fields) {
        Optional<Field> field = fields.get("defaults");
        if (field.isEmpty()) {
            return Fields.none();
        }
        if (!(field.get().value() instanceof MappingNode mapping)) {
            problems.at(
                    field.get().value(),
                    "'defaults' must be a mapping of claim keys, found "
                            + YamlNodes.describe(field.get().value()));
            return Fields.none();
        }
        Fields defaults = Fields.read(mapping, ClaimReader.KEYS, "defaults", problems);
        defaults.get("id")
                .ifPresent(id -> problems.at(id.keyNode(), "'id' cannot be a default (give each claim its own)"));
        return defaults.without("id");
    }

    private List<Claim> claims(Field field, ClaimReader reader) {
        if (!(field.value() instanceof SequenceNode sequence)) {
            problems.at(field.value(), "'claims' must be a list of claims, found " + YamlNodes.describe(field.value()));
            return List.of();
        }
        if (sequence.getValue().isEmpty()) {
            problems.at(sequence, "'claims' is empty (declare at least one claim)");
        }
        List<Claim> claims = new ArrayList<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            reader.read(items.get(i), i + 1).ifPresent(claims::add);
        }
        return claims;
    }

    private static boolean isEmptyList(Node node) {
        return node instanceof SequenceNode sequence && sequence.getValue().isEmpty();
    }
}
