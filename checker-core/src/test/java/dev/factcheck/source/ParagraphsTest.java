package dev.factcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
    /** Characters a generated text is made of: letters, digits, marks, every kind of space and line end, a surrogate. */
    private static final String ALPHABET = "aZé1.,'’-\"$% \t\n\n\r\u00a0\u2028\u0301\ud83d\ude22\ud83d";

    @Test
    void splitsAtBlankLinesAndCoversTheText() {
        String text = "First line\nwraps here.\n\nSecond paragraph.\r\n\r\nThird.  \n \n";

        List<Span> paragraphs = Paragraphs.of(text);

        assertThat(paragraphs)
                .extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("First line\nwraps here.", "\n\nSecond paragraph.", "\r\n\r\nThird.  \n \n");
    }

    @Test
    void aTextWithoutBlankLinesIsOneParagraph() {
        assertThat(Paragraphs.of("One.\nTwo.\nThree.")).containsExactly(new Span(0, 16));
        assertThat(Paragraphs.of("")).containsExactly(new Span(0, 0));
    }

    @RepeatedTest(200)
    void tokenizingParagraphByParagraphGivesTheTokensOfTheWholeText(RepetitionInfo run) {
        String text = randomText(new Random(run.getCurrentRepetition()), 400);

        List<Token> byParagraph = new ArrayList<>();
        Paragraphs.of(text).forEach(p -> byParagraph.addAll(Tokenizer.tokenize(text, p)));

        assertThat(byParagraph).as("seed %d", run.getCurrentRepetition()).isEqualTo(Tokenizer.tokenize(text));
    }

    @RepeatedTest(200)
    void sentencesNeverRunAcrossParagraphs(RepetitionInfo run) {
        String text = randomText(new Random(run.getCurrentRepetition()), 400);
        List<Token> tokens = Tokenizer.tokenize(text);

        List<String> byParagraph = new ArrayList<>();
        for (Span p : Paragraphs.of(text)) {
            List<Token> own = Tokenizer.tokenize(text, p);
            SentenceSplitter.split(own).forEach(s -> byParagraph.add(words(own, s)));
        }

        assertThat(byParagraph)
                .as("seed %d", run.getCurrentRepetition())
                .isEqualTo(SentenceSplitter.split(tokens).stream()
                        .map(s -> words(tokens, s))
                        .toList());
    }

    private static String words(List<Token> tokens, TokenRange sentence) {
        return tokens.subList(sentence.from(), sentence.to()).toString();
    }

    static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
