package dev.factcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile rule files: each yields an {@link InputException}, never another exception or a hang. */
class RuleParserHostileInputTest {
    private static final String VALID_START = "sources: [a.txt]\nclaims:\n";

    @Test
    void rejectsBinaryGarbageAtFirstSpecialCharacter() {
        String garbage = "story: ok\n\u0000\u0001\u00ff\u0007PNG";

        InputException thrown = Fixtures.failureOf(garbage);

        assertThat(thrown.problems())
                .extracting(Problem::render)
                .containsExactly("rules/a.yaml:2:1: error: malformed YAML: special character U+0000 is not allowed"
                        + " (a rule file is plain UTF-8 text)");
    }

    @Test
    void rejectsLoneSurrogateAtItsColumn() {
        String text = "story: caf\u00e9 \uD800 ok\n";

        InputException thrown = Fixtures.failureOf(text);

        assertThat(thrown.problems())
                .extracting(Problem::render)
                .containsExactly("rules/a.yaml:1:13: error: malformed YAML: special character U+D800 is not allowed"
                        + " (a rule file is plain UTF-8 text)");
    }

    @Test
    void rejectsHugeDocumentWithoutReadingIt() {
        String huge = VALID_START + "  - id: x\n    near: [" + "killed, ".repeat(150_000) + "dead]\n";

        InputException thrown = Fixtures.failureOf(huge);

        assertThat(thrown.problems())
                .extracting(Problem::render)
                .containsExactly("rules/a.yaml: error: rule file is too large: 1,200,052 characters (the limit is"
                        + " 1,000,000)");
    }

    @Test
    void rejectsDeeplyNestedFlowCollections() {
        String deep = "story: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";

        InputException thrown = Fixtures.failureOf(deep);

        assertThat(thrown.problems())
                .extracting(Problem::render)
                .containsExactly(
                        "rules/a.yaml:1:27: error: malformed YAML: nested deeper than 20 levels (a rule file needs"
                                + " four)");
    }

    @Test
    void rejectsDeeplyNestedBlockMappings() {
        StringBuilder deep = new StringBuilder();
        IntStream.range(0, 200)
                .forEach(i -> deep.append(" ".repeat(i)).append("k").append(i).append(":\n"));

        InputException thrown = Fixtures.failureOf(deep.toString());

        assertThat(thrown.problems())
                .extracting(Problem::render)
                .containsExactly("rules/a.yaml:21:21: error: malformed YAML: nested deeper than 20 levels (a rule file"
                        + " needs four)");
    }

    @Test
    void rejectsAliasBombBeforeExpandingIt() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 12; i++) {
            String previous = "*a" + (i - 1);
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            bomb.append(String.join(", ", Collections.nCopies(9, previous))).append("]\n");
        }

        InputException thrown = Fixtures.failureOf(bomb.toString());

        assertThat(thrown.problems())
                .extracting(Problem::render)
                .containsExactly("rules/a.yaml:3:15: error: malformed YAML: more than 10 aliases of lists or mappings"
                        + " (write the values out, or use 'defaults')");
    }

    @Test
    void rejectsRecursiveAliasAsWrongType() {
        String recursive = VALID_START.replace("claims:\n", "claims: &c [*c]\n");

        InputException thrown = Fixtures.failureOf(recursive);

        assertThat(thrown.problems())
                .extracting(Problem::render)
                .containsExactly("rules/a.yaml:2:9: error: claim #1 must be a mapping of claim keys, found a list");
    }

    @Test
    void rejectsSecondDocument() {
        String twoDocuments = "sources: [a.txt]\n---\nclaims: []\n";

        InputException thrown = Fixtures.failureOf(twoDocuments);

        assertThat(thrown.problems())
                .extracting(Problem::render)
                .containsExactly("rules/a.yaml:2:1: error: malformed YAML: but found another document (expected a"
                        + " single document in the stream)");
    }

    @Test
    void rejectsGlobalTagsThatNameJavaClasses() {
        String tagged = VALID_START + "  - !!java.lang.ProcessBuilder [id]\n";

        InputException thrown = Fixtures.failureOf(tagged);

        assertThat(thrown.problems())
                .extracting(Problem::message)
                .containsExactly(
                        "malformed YAML: Global tag is not allowed: tag:yaml.org,2002:java.lang.ProcessBuilder");
    }

    @Test
    void cutsHugeUnknownKeyShortInItsMessage() {
        String text = VALID_START + "  - {id: x, kind: count, near: a, " + "z".repeat(1_000) + ": 1}\n";

        InputException thrown = Fixtures.failureOf(text);

        assertThat(thrown.problems())
                .extracting(Problem::message)
                .containsExactly("unknown key '" + "z".repeat(57) + "...' in claim 'x' (expected one of: id,"
                        + " description, kind, near, with, without, pattern, within, tolerance, expected, severity,"
                        + " speaker, unit, variants)");
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void yieldsOnlyInputExceptionForGarbage(String text) {
        Throwable thrown = catchThrowable(() -> RuleParser.parse(Fixtures.PATH, text));

        assertThat(thrown).isInstanceOf(InputException.class);
    }

    /** Seeded random texts: raw bytes, YAML punctuation soup, and valid files cut short or shuffled. */
    static Stream<String> garbage() {
        Random random = new Random(20_121_207L);
        String valid = Fixtures.text("full.yaml");
        String punctuation = "-:[]{}&*!|>'\"%@`#,? \n\t\\abc019.";
        return IntStream.range(0, 300).mapToObj(i -> switch (i % 3) {
            case 0 -> bytes(random);
            case 1 -> soup(random, punctuation);
            default -> cut(random, valid);
        });
    }

    private static String bytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(400)];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String soup(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(300); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** A valid file with a random slice removed and its {@code sources} misspelt, so that it is never valid. */
    private static String cut(Random random, String valid) {
        int from = 1 + random.nextInt(valid.length() - 2);
        int to = Math.min(valid.length(), from + 1 + random.nextInt(40));
        return (valid.substring(0, from) + valid.substring(to)).replace("sources:", "sourcez:");
    }
}
