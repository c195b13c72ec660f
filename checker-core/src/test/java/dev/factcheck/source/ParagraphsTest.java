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

    /** Where the splits fall is what a test of every character in turn gives, with and without carriage returns. */
    @RepeatedTest(300)
    void splitsWhereReadingEveryCharacterInTurnWould(RepetitionInfo run) {
        Random random = new Random(run.getCurrentRepetition());
        String text = randomText(random, 600);
        String withoutCarriageReturns = text.replace('\r', 'a');
        String sparse = text.replaceAll("[^\n]", random.nextBoolean() ? "ab" : "a b");

        for (String sample : List.of(text, withoutCarriageReturns, sparse)) {
            assertThat(Paragraphs.of(sample))
                    .as("seed %d", run.getCurrentRepetition())
                    .isEqualTo(splitCharacterByCharacter(sample));
        }
    }

    /** The splitting rule, read one character at a time. */
    private static List<Span> splitCharacterByCharacter(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Tokenizer.isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int run = i;
            int lineEnds = 0;
            while (i < text.length() && Tokenizer.isSpace(text.charAt(i))) {
                lineEnds += Tokenizer.isLineEnd(text, i) ? 1 : 0;
                i++;
            }
            if (lineEnds >= 2 && i < text.length() && run > start && !Character.isHighSurrogate(text.charAt(run - 1))) {
                paragraphs.add(new Span(start, run));
                start = run;
            }
        }
        paragraphs.add(new Span(start, text.length()));
        return paragraphs;
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
