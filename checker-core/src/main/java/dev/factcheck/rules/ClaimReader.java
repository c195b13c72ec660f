package dev.factcheck.rules;

import com.google.re2j.Pattern;
import dev.factcheck.quantity.QuantityReader;
import dev.factcheck.quantity.Tolerance;
import dev.factcheck.source.Position;
import dev.factcheck.source.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the claims of one rule file, with its {@code defaults} applied, reporting every problem of each claim. */
final class ClaimReader {
    /** Every key a claim may set, in the order messages list them. */
    static final List<String> KEYS = List.of(
            "id",
            "description",
            "kind",
            "near",
            "with",
            "without",
            "pattern",
            "within",
            "tolerance",
            "expected",
            "severity",
            "speaker",
            "unit",
            "variants");

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final RuleProblems problems;
    private final ValueReader values;
    private final QuantityValues quantities;
    private final Fields defaults;

    ClaimReader(RuleProblems problems, Fields defaults, QuantityReader reader) {
        this.problems = problems;
        this.values = new ValueReader(problems);
        this.quantities = new QuantityValues(problems, values, reader);
        this.defaults = defaults;
    }

    /** Checks the values of {@code defaults} once, so that a bad default is reported even if every claim sets it. */
    void checkDefaults(Position position) {
        Optional<ClaimKind> kind = defaults.get("kind").flatMap(this::kind);
        build(Optional.empty(), kind, defaults, position);
    }

    /** The claim written at {@code node}, the {@code number}th of its file; empty when it has a problem. */
    Optional<Claim> read(Node node, int number) {
        if (!(node instanceof MappingNode mapping)) {
            problems.at(
                    node, "claim #" + number + " must be a mapping of claim keys, found " + YamlNodes.describe(node));
            return Optional.empty();
        }
        String owner = owner(mapping, number);
        Fields fields = Fields.read(mapping, KEYS, owner, problems).over(defaults);
        Optional<String> id = id(fields, owner, mapping);
        Optional<ClaimKind> kind = requiredKind(fields, owner, mapping);
        checkAnchor(fields, kind, owner, mapping);
        return build(id, kind, fields, YamlNodes.start(mapping));
    }

    /** {@code claim 'x'} while the id is text, else {@code claim #2}. */
    private static String owner(MappingNode mapping, int number) {
        return mapping.getValue().stream()
                .filter(tuple ->
                        YamlNodes.text(tuple.getKeyNode()).filter("id"::equals).isPresent())
                .findFirst()
                .flatMap(tuple -> YamlNodes.text(tuple.getValueNode()))
                .map(id -> "claim " + YamlNodes.quoted(id))
                .orElse("claim #" + number);
    }

    private Optional<String> id(Fields fields, String owner, MappingNode mapping) {
        Optional<Field> field = fields.get("id");
        if (field.isEmpty()) {
            problems.at(YamlNodes.start(mapping), owner + " has no 'id'");
            return Optional.empty();
        }
        Optional<String> id = values.text(field.get());
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            problems.at(
                    field.get().value(),
                    "invalid claim id " + YamlNodes.quoted(id.get())
                            + " (use lower-case letters, digits, '.', '-' and '_', starting with a letter or digit)");
            return Optional.empty();
        }
        return id;
    }

    private Optional<ClaimKind> requiredKind(Fields fields, String owner, MappingNode mapping) {
        if (!fields.has("kind")) {
            problems.at(
                    YamlNodes.start(mapping),
                    owner + " has no 'kind' (expected one of: " + String.join(", ", ClaimKind.NAMES) + ")");
        }
        return fields.get("kind").flatMap(this::kind);
    }

    private Optional<ClaimKind> kind(Field field) {
        Optional<String> name = values.text(field);
        Optional<ClaimKind> kind = name.flatMap(ClaimKind::named);
        if (name.isPresent() && kind.isEmpty()) {
            problems.at(
                    field.value(),
                    "unknown kind " + YamlNodes.quoted(name.get()) + Field.in(field.owner()) + " "
                            + KeySuggestions.hint(name.get(), ClaimKind.NAMES));
        }
        return kind;
    }

    /** A claim needs something that marks its mentions: {@code near} or {@code pattern}, or a quote's speaker. */
    private void checkAnchor(Fields fields, Optional<ClaimKind> kind, String owner, MappingNode mapping) {
        boolean quote = kind.filter(k -> "quote".equals(k.name())).isPresent() && fields.has("speaker");
        boolean name = kind.filter(k -> k instanceof NameKind).isPresent()
                && (fields.has("variants") || fields.has("expected"));
        if (name || quote) {
            return;
        }
        if (kind.filter(k -> k instanceof NameKind).isPresent()) {
            problems.at(
                    YamlNodes.start(mapping),
                    owner + " has neither 'expected' nor 'variants' (list the forms of the name that are right)");
            return;
        }
        if (!fields.has("near") && !fields.has("pattern")) {
            problems.at(
                    YamlNodes.start(mapping),
                    owner + " has neither 'near' nor 'pattern' (add 'near' with the words that mark a mention)");
        }
    }

    private Optional<Claim> build(Optional<String> id, Optional<ClaimKind> kind, Fields fields, Position position) {
        Optional<String> description = fields.get("description").flatMap(values::text);
        List<Term> near = terms(fields, "near");
        List<Term> with = terms(fields, "with");
        List<Term> without = terms(fields, "without");
        Optional<Pattern> pattern = fields.get("pattern").flatMap(values::pattern);
        Within within = fields.get("within").flatMap(values::within).orElse(Within.SENTENCE);
        Tolerance tolerance = fields.get("tolerance")
                .flatMap(f -> quantities.tolerance(f, kind))
                .orElse(Tolerance.NONE);
        Optional<Claim.Expected> expected = fields.get("expected").flatMap(f -> quantities.expected(f, kind));
        Severity severity = fields.get("severity").flatMap(values::severity).orElse(Severity.ERROR);
        Optional<String> speaker = fields.get("speaker").flatMap(values::text);
        Optional<String> unit = fields.get("unit").flatMap(values::text);
        List<String> variants = variants(fields, kind);
        if (id.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Claim(
                id.get(),
                description,
                kind.get(),
                near,
                with,
                without,
                pattern,
                within,
                tolerance,
                expected,
                severity,
                speaker,
                unit,
                variants,
                problems.path(),
                position));
    }

    /** The right forms of a name: {@code variants}, and {@code expected} for a name claim. */
    private List<String> variants(Fields fields, Optional<ClaimKind> kind) {
        List<String> variants = new ArrayList<>();
        if (kind.filter(k -> k instanceof NameKind).isPresent()) {
            fields.get("expected").flatMap(values::text).ifPresent(variants::add);
        }
        fields.get("variants")
                .ifPresent(f -> values.items(f, "a list of names")
                        .forEach(item -> YamlNodes.text(item).ifPresent(variants::add)));
        return variants;
    }

    private List<Term> terms(Fields fields, String key) {
        Optional<Field> field = fields.get(key);
        if ("near".equals(key) && field.isPresent() && isEmptyList(field.get().value())) {
            problems.at(field.get().value(), field.get().named() + " is empty (list at least one word or phrase)");
        }
        return field.map(values::terms).orElse(List.of());
    }

    private static boolean isEmptyList(Node node) {
        return node instanceof SequenceNode sequence && sequence.getValue().isEmpty();
    }
}
