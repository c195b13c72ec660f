package dev.factcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input we know of, across rule files, sources, runs and baselines, each with the exact message it
 * must give (file, and line:column where there is one). Each case is written to a fresh folder, run, and its rule
 * files and sources must be byte-identical afterwards. {@code {dir}} in a message stands for that folder.
 */
class BadInputCatalogueTest {
    private static final String RULES = """
            story: A storm hits the harbour towns
            sources:
              - ../news/*.txt
            claims:
              - id: storm.toll
                kind: count
                near: [killed, died]
            """;
    private static final String ENTRY = """
            accepted:
              - claim: a
                fingerprint: b
                reason: c
            """;
    private static final String SOURCE = "The storm killed 23 people.\n";

    /** What a case runs in its folder; what it throws is the case's outcome. */
    @FunctionalInterface
    interface Run {
        void run(Path folder) throws IOException;
    }

    /** A bad input: the files written, what is run, and the one message expected, prefixed by its exception type. */
    record Case(String name, Map<String, byte[]> files, Run run, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({
        "ruleFileKeys",
        "ruleFileShapes",
        "ruleFileValues",
        "ruleFileGlobs",
        "ruleFileYaml",
        "ruleFileBytes",
        "ruleFilePaths",
        "sources",
        "runs",
        "extractions",
        "baselines"
    })
    void givesItsExactMessageAndLeavesEveryInputAsItWas(Case bad, @TempDir Path folder) throws IOException {
        for (Map.Entry<String, byte[]> file : bad.files().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        Map<String, String> before = snapshot(folder);

        Throwable thrown = catchThrowable(() -> bad.run().run(folder));

        assertThat(thrown).isNotNull();
        assertThat(thrown.getClass().getSimpleName() + ": " + thrown.getMessage())
                .isEqualTo(bad.expected().replace("{dir}", folder.toString()));
        assertThat(snapshot(folder)).isEqualTo(before);
    }

    @Test
    void writesByteIdenticalReportsOnASecondRunOfTheSameInput(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("rules"));
        Files.createDirectories(folder.resolve("news"));
        Files.writeString(folder.resolve("rules/story.yaml"), RULES);
        Files.writeString(folder.resolve("news/a.txt"), SOURCE);
        Files.writeString(folder.resolve("news/b.txt"), "Officials said 23 people died.\n");
        Map<String, String> inputs = snapshot(folder);

        Map<String, String> first = reports(folder);
        Map<String, String> second = reports(folder);

        assertThat(first).hasSize(5);
        assertThat(second).isEqualTo(first);
        assertThat(snapshot(folder)).containsAllEntriesOf(inputs);
    }

    static Stream<Case> ruleFileKeys() {
        return Stream.of(
                rules(
                        "unknown top-level key",
                        RULES.replace("sources:", "sourcs:"),
                        "InputException: rules/story.yaml:2:1: error: unknown key 'sourcs' (did you mean 'sources'?)"
                                + "\n" + "rules/story.yaml:1:1: error: missing required key 'sources'"),
                rules(
                        "unknown claim key",
                        RULES + "    tolerence: 5%\n",
                        "InputException: rules/story.yaml:8:5: error: unknown key 'tolerence' in claim 'storm.toll' (did you mean 'tolerance'?)"),
                rules(
                        "claim without id",
                        RULES.replace("  - id: storm.toll\n    kind", "  - kind"),
                        "InputException: rules/story.yaml:5:5: error: claim #1 has no 'id'"),
                rules(
                        "id used twice in one file",
                        RULES + RULES.substring(RULES.indexOf("  - id")),
                        "InputException: rules/story.yaml:8:5: error: duplicate claim id 'storm.toll' (first declared at rules/story.yaml:5:5)"),
                rules(
                        "id with a space",
                        RULES.replace("storm.toll", "Storm Toll"),
                        "InputException: rules/story.yaml:5:9: error: invalid claim id 'Storm Toll' (use lower-case letters, digits, '.', '-' and '_', starting with a letter or digit)"),
                rules(
                        "unknown kind",
                        RULES.replace("kind: count", "kind: counts"),
                        "InputException: rules/story.yaml:6:11: error: unknown kind 'counts' in claim 'storm.toll' (did you mean 'count'?)"),
                rules(
                        "duplicate key",
                        RULES + "    kind: duration\n",
                        "InputException: rules/story.yaml:8:5: error: duplicate key 'kind' in claim 'storm.toll' (first declared at rules/story.yaml:6:5)"));
    }

    static Stream<Case> ruleFileShapes() {
        return Stream.of(
                rules(
                        "missing claims",
                        RULES.substring(0, RULES.indexOf("claims:")),
                        "InputException: rules/story.yaml:1:1: error: missing required key 'claims'"),
                rules(
                        "claims not a list",
                        RULES.substring(0, RULES.indexOf("claims:")) + "claims: 3\n",
                        "InputException: rules/story.yaml:4:9: error: 'claims' must be a list of claims, found '3'"),
                rules(
                        "empty claims",
                        RULES.substring(0, RULES.indexOf("claims:")) + "claims: []\n",
                        "InputException: rules/story.yaml:4:9: error: 'claims' is empty (declare at least one claim)"),
                rules(
                        "empty sources",
                        RULES.replace("  - ../news/*.txt\n", "").replace("sources:", "sources: []"),
                        "InputException: rules/story.yaml:2:10: error: 'sources' is empty (list at least one glob, such as '../seeds/*.txt')"),
                rules(
                        "rule file not a mapping",
                        "- a\n- b\n",
                        "InputException: rules/story.yaml:1:1: error: a rule file must be a mapping with 'sources' and 'claims', found a list"));
    }

    static Stream<Case> ruleFileValues() {
        return Stream.of(
                rules(
                        "empty pattern",
                        RULES + "    pattern: ''\n",
                        "InputException: rules/story.yaml:8:14: error: 'pattern' in claim 'storm.toll' is empty (write an RE2 expression, or use 'near')"),
                rules(
                        "pattern matching empty text",
                        RULES + "    pattern: 'a*'\n",
                        "InputException: rules/story.yaml:8:14: error: pattern 'a*' in claim 'storm.toll' matches empty text, so every figure would be a mention: make it match at least one character (e.g. 'a+' rather than 'a*')"),
                rules(
                        "invalid pattern",
                        RULES + "    pattern: '[a'\n",
                        "InputException: rules/story.yaml:8:14: error: invalid pattern '[a' in claim 'storm.toll': missing closing ] at '[a' (see https://github.com/google/re2/wiki/Syntax)"),
                rules(
                        "backreference in a pattern",
                        RULES + "    pattern: '(a)\\1'\n",
                        "InputException: rules/story.yaml:8:14: error: invalid pattern '(a)\\1' in claim 'storm.toll': backreferences such as '\\1' are not supported (RE2 matches in linear time and cannot refer back to a group)"),
                rules(
                        "unknown severity",
                        RULES + "    severity: fatal\n",
                        "InputException: rules/story.yaml:8:15: error: unknown severity 'fatal' in claim 'storm.toll' (expected one of: error, warning, info)"),
                rules(
                        "bad within",
                        RULES + "    within: -3\n",
                        "InputException: rules/story.yaml:8:13: error: 'within' in claim 'storm.toll' must be 'sentence' or a positive number of words, found '-3'"));
    }

    static Stream<Case> ruleFileGlobs() {
        return Stream.of(
                rules(
                        "bad tolerance",
                        RULES + "    tolerance: lots\n",
                        "InputException: rules/story.yaml:8:16: error: invalid tolerance 'lots' in claim 'storm.toll' (expected a percentage like '5%', a number like '2' or an amount with its unit like '5 minutes')"),
                rules(
                        "empty near",
                        RULES.replace("near: [killed, died]", "near: []"),
                        "InputException: rules/story.yaml:7:11: error: 'near' in claim 'storm.toll' is empty (list at least one word or phrase)"),
                rules(
                        "invalid sources glob",
                        RULES.replace("../news/*.txt", "'../news/[a'"),
                        "InputException: rules/story.yaml:3:5: error: invalid sources glob '../news/[a': Missing ']"),
                rules(
                        "sources glob matching no file",
                        RULES.replace("*.txt", "*.md"),
                        "InputException: rules/story.yaml:3:5: error: sources glob '../news/*.md' matches no file (looked in rules)"),
                rules(
                        "empty sources glob",
                        RULES.replace("../news/*.txt", "''"),
                        "InputException: rules/story.yaml:3:5: error: 'sources' holds an empty glob (write a glob, or remove the item)"));
    }

    static Stream<Case> ruleFileYaml() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            bomb.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1))))
                    .append("]\n");
        }
        return Stream.of(
                rules(
                        "unclosed flow list",
                        "sources: [../news/*.txt\nclaims: []\n",
                        "InputException: rules/story.yaml:2:7: error: malformed YAML: expected ',' or ']', but got : (while parsing a flow sequence)"),
                rules(
                        "tab indentation",
                        RULES.replace("    kind: count", "\tkind: count"),
                        "InputException: rules/story.yaml:6:1: error: malformed YAML: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation) (while scanning for the next token)"),
                rules(
                        "alias bomb",
                        bomb.toString(),
                        "InputException: rules/story.yaml:3:15: error: malformed YAML: more than 10 aliases of lists or mappings (write the values out, or use 'defaults')"),
                rules(
                        "10,000-deep nesting",
                        "story: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n",
                        "InputException: rules/story.yaml:1:27: error: malformed YAML: nested deeper than 20 levels (a rule file needs four)"),
                rules(
                        "empty rule file",
                        "",
                        "InputException: rules/story.yaml: error: rule file is empty (expected 'sources' and 'claims')"),
                rules(
                        "rule file over a million characters",
                        RULES + "#" + "x".repeat(1_000_001) + "\n",
                        "InputException: rules/story.yaml: error: rule file is too large: 1,000,136 characters (the limit is 1,000,000)"));
    }

    static Stream<Case> ruleFileBytes() {
        return Stream.of(
                rules(
                        "lone-CR line ends with an unknown key",
                        (RULES + "    tolerence: 5%\n").replace("\n", "\r"),
                        "InputException: rules/story.yaml:8:5: error: unknown key 'tolerence' in claim 'storm.toll' (did you mean 'tolerance'?)"),
                file(
                        "rule file over 4 MB",
                        "rules/story.yaml",
                        new byte[4_000_001],
                        "InputException: rules/story.yaml: error: rule file is too large: 4,000,001 bytes (the limit is 4,000,000 bytes; a rule file is a few kilobytes: split it into several)"),
                file(
                        "binary rule file",
                        "rules/story.yaml",
                        new byte[] {'s', ':', ' ', 0, 1},
                        "InputException: rules/story.yaml:1:4: error: binary file (NUL byte): a rule file must be text"),
                file(
                        "Latin-1 rule file",
                        "rules/story.yaml",
                        (RULES + "# café\n").getBytes(StandardCharsets.ISO_8859_1),
                        "InputException: rules/story.yaml:8:6: error: not UTF-8 text (byte 0xE9): save the rule file as UTF-8"));
    }

    static Stream<Case> ruleFilePaths() {
        Map<String, byte[]> twoFiles =
                files("rules/story.yaml", RULES, "rules/other.yaml", RULES, "news/a.txt", SOURCE);
        return Stream.of(
                new Case(
                        "no such rules folder",
                        files("news/a.txt", SOURCE),
                        f -> FactCheck.load(Path.of("rules"), f),
                        "InputException: rules: error: no such rule file or folder (set the rules path, e.g. -Dfactcheck.rules=rules)"),
                new Case(
                        "rules folder without rule files",
                        files("rules/notes.txt", "x"),
                        f -> FactCheck.load(Path.of("rules"), f),
                        "InputException: rules: error: no rule files (*.yaml, *.yml) in this folder"),
                new Case(
                        "same id in two rule files",
                        twoFiles,
                        f -> FactCheck.load(Path.of("rules"), f),
                        "InputException: rules/story.yaml:5:5: error: duplicate claim id 'storm.toll' (first declared at rules/other.yaml:5:5)"));
    }

    static Stream<Case> sources() {
        return Stream.of(
                source(
                        "binary source",
                        new byte[] {'a', '\n', 'b', 0, 'c'},
                        "InputException: news/b.txt:2:2: error: binary file (NUL byte): a source must be text"),
                source(
                        "Latin-1 source",
                        "Caf\u00e9 owners: 23 killed.\n".getBytes(StandardCharsets.ISO_8859_1),
                        "InputException: news/b.txt:1:4: error: not UTF-8 text (byte 0xE9): save the source as UTF-8"),
                source(
                        "UTF-16 source without a byte order mark",
                        SOURCE.getBytes(StandardCharsets.UTF_16LE),
                        "InputException: news/b.txt: error: looks like UTF-16 text without a byte order mark: factcheck reads UTF-8 (or UTF-16 that starts with a byte order mark); save the source as UTF-8"),
                source(
                        "malformed UTF-16 after a byte order mark",
                        new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xDC},
                        "InputException: news/b.txt:1:2: error: not UTF-16 text (byte 0x00): save the source as UTF-8"),
                new Case(
                        "source over the size limit",
                        files("rules/story.yaml", RULES, "news/a.txt", SOURCE),
                        f -> FactCheck.builder()
                                .rules(Path.of("rules"))
                                .workingDirectory(f)
                                .maxSourceBytes(10)
                                .build()
                                .check(),
                        "InputException: news/a.txt: error: source is too large: 28 bytes (the limit is 10 bytes; raise it with -Dfactcheck.maxSourceBytes=<bytes> or FactCheck.builder().maxSourceBytes(...))"),
                new Case(
                        "missing source path",
                        files("news/a.txt", SOURCE),
                        f -> code(f).check(Path.of("news/gone.txt")),
                        "InputException: news/gone.txt: error: no such source file or folder"),
                new Case(
                        "empty source folder",
                        files("news/a.txt", SOURCE, "empty/.keep", ""),
                        f -> code(f).check(Path.of("empty")),
                        "InputException: empty: error: no source files in this folder"));
    }

    static Stream<Case> runs() {
        return Stream.of(
                new Case(
                        "output folder behind a file",
                        files("target", "a file"),
                        f -> FactCheck.writeReports(
                                code(f).checkTexts(Map.of("a.txt", SOURCE)),
                                ReportFormat.parse("json"),
                                f.resolve("target/factcheck")),
                        "InputException: {dir}/target/factcheck: error: cannot create the output folder: 'target' is a file, not a folder: move it away or choose another output folder"),
                new Case(
                        "report name taken by a folder",
                        files("out/report.json/kept", "x"),
                        f -> FactCheck.writeJsonReport(code(f).checkTexts(Map.of("a.txt", SOURCE)), f.resolve("out")),
                        "InputException: {dir}/out/report.json: error: cannot write this file: Is a directory"),
                new Case(
                        "size limit below one byte",
                        Map.of(),
                        f -> FactCheck.builder().maxSourceBytes(0),
                        "IllegalArgumentException: maxSourceBytes must be at least 1, was 0"),
                new Case(
                        "nothing to check",
                        Map.of(),
                        f -> FactCheck.builder().build(),
                        "IllegalStateException: nothing to check: declare claims with claim(...) or add rule files with rules(...)"));
    }

    static Stream<Case> extractions() {
        return Stream.of(
                new Case(
                        "unknown report format",
                        Map.of(),
                        f -> ReportFormat.parse("json,pdf"),
                        "IllegalArgumentException: unknown report format 'pdf' (expected a comma-separated list of: console, json, html, sarif, junit, markdown, or all)"),
                new Case(
                        "extraction glob matching no file",
                        files("news/a.txt", SOURCE),
                        f -> Extraction.read(List.of("wires/*.txt"), f),
                        "InputException: wires/*.txt: error: sources glob matches no file (relative to {dir})"),
                new Case(
                        "invalid extraction glob",
                        files("news/a.txt", SOURCE),
                        f -> Extraction.read(List.of("news/[a"), f),
                        "InputException: news/[a: error: not a valid sources glob: Missing ']"),
                new Case(
                        "claims in code checked on globs",
                        Map.of(),
                        f -> code(f).check(),
                        "IllegalStateException: claims declared in code have no sources of their own: pass them to check(Path...) or checkTexts(Map)"));
    }

    static Stream<Case> baselines() {
        return Stream.of(
                baseline(
                        "missing baseline",
                        null,
                        "InputException: baseline.yaml: error: no such baseline file: write one with the baseline goal (mvn factcheck:baseline), or name another with -Dfactcheck.baseline"),
                baseline(
                        "malformed baseline YAML",
                        "accepted: [\n",
                        "InputException: baseline.yaml:2:1: error: malformed YAML: expected the node content, but found '<stream end>'"),
                baseline(
                        "baseline without an accepted list",
                        "claims: []\n",
                        "InputException: baseline.yaml:1:1: error: a baseline holds one list, 'accepted', of accepted divergences"),
                baseline(
                        "baseline entry not a mapping",
                        "accepted:\n  - storm.toll\n",
                        "InputException: baseline.yaml:2:5: error: an accepted divergence must be a mapping of claim, fingerprint, reason, expires"),
                baseline(
                        "baseline with an unknown key",
                        ENTRY + "    expires: 2027-01-31\n    reson: d\n",
                        "InputException: baseline.yaml:6:5: error: unknown or malformed key 'reson' (expected one of: claim, fingerprint, reason, expires)"),
                baseline(
                        "baseline with a bad date",
                        ENTRY + "    expires: soon\n",
                        "InputException: baseline.yaml:5:14: error: expires must be a date such as 2027-01-31, found 'soon'"),
                baseline(
                        "baseline entry missing keys",
                        "accepted:\n  - claim: a\n",
                        "InputException: baseline.yaml:2:5: error: accepted divergence without fingerprint, reason, expires"),
                new Case(
                        "binary baseline",
                        Map.of("baseline.yaml", new byte[] {'a', 0}),
                        f -> BaselineFile.read(f.resolve("baseline.yaml"), "baseline.yaml"),
                        "InputException: baseline.yaml:1:2: error: binary file (NUL byte): a baseline must be text"));
    }

    private static Case rules(String name, String yaml, String expected) {
        return file(name, "rules/story.yaml", yaml.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static Case file(String name, String path, byte[] bytes, String expected) {
        Map<String, byte[]> files = files("news/a.txt", SOURCE);
        files.put(path, bytes);
        return new Case(name, files, f -> FactCheck.load(Path.of("rules"), f).check(), expected);
    }

    private static Case source(String name, byte[] bytes, String expected) {
        Map<String, byte[]> files = files("rules/story.yaml", RULES, "news/a.txt", SOURCE);
        files.put("news/b.txt", bytes);
        return new Case(name, files, f -> FactCheck.load(Path.of("rules"), f).check(), expected);
    }

    private static Case baseline(String name, String text, String expected) {
        Map<String, byte[]> files = text == null ? Map.of() : files("baseline.yaml", text);
        return new Case(name, files, f -> BaselineFile.read(f.resolve("baseline.yaml"), "baseline.yaml"), expected);
    }

    private static FactCheck code(Path folder) {
        return FactCheck.builder()
                .workingDirectory(folder)
                .claim(ClaimSpec.count("storm.toll").near("killed"))
                .build();
    }

    /** Paths and texts, in pairs. */
    private static Map<String, byte[]> files(String... pathsAndTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static Map<String, String> reports(Path folder) throws IOException {
        CheckResult result = FactCheck.load(Path.of("rules"), folder).check();
        Map<String, String> written = new TreeMap<>();
        for (Path file :
                FactCheck.writeReports(result, ReportFormat.parse("all"), folder.resolve("target/factcheck"))) {
            written.put(file.getFileName().toString(), Files.readString(file));
        }
        return written;
    }

    /** Every file under {@code folder} with a digest of its bytes, in path order. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), digest(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    private static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
