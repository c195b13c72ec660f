package dev.factcheck.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How text splits into words, numbers and symbols. Tokens are written {@code W:word}, {@code N:12}, {@code S:-}. */
class TokenizerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            55-minute meeting    | N:55 S:- W:minute W:meeting
            the 40th anniversary | W:the N:40 W:th W:anniversary
            G20 summit           | W:G20 W:summit
            23,000 dead          | N:23,000 W:dead
            1.2 million          | N:1.2 W:million
            .08 percent          | N:.08 W:percent
            ended at 3.          | W:ended W:at N:3 S:.
            toll of 12,000.      | W:toll W:of N:12,000 S:.
            it's Harper’s        | W:it's W:Harper’s
            'quoted'             | S:' W:quoted S:'
            $66 billion          | S:$ N:66 W:billion
            44%                  | N:44 S:%
            U.S. Navy            | W:U S:. W:S S:. W:Navy
            COVID-19 cases       | W:COVID S:- N:19 W:cases
            Zoë 😢 cried         | W:Zoë S:😢 W:cried
            """)
    void splitsWordsNumbersAndSymbols(String text, String expected) {
        List<Token> tokens = Tokenizer.tokenize(text);

        assertThat(render(tokens)).isEqualTo(expected);
    }

    @Test
    void keepsACombiningAccentInsideItsWord() {
        List<Token> tokens = Tokenizer.tokenize("cafe\u0301 owners");

        assertThat(render(tokens)).isEqualTo("W:cafe\u0301 W:owners");
    }

    @Test
    void recordsWhatSeparatesEachTokenFromTheOneBefore() {
        List<Token> tokens = Tokenizer.tokenize("a b\nc\n\nd\r\n\r\ne  \n \n f\u00A0g-h");

        assertThat(tokens)
                .extracting(Token::text, Token::gap)
                .containsExactly(
                        tuple("a", Token.Gap.NONE),
                        tuple("b", Token.Gap.SPACE),
                        tuple("c", Token.Gap.LINE),
                        tuple("d", Token.Gap.PARAGRAPH),
                        tuple("e", Token.Gap.PARAGRAPH),
                        tuple("f", Token.Gap.PARAGRAPH),
                        tuple("g", Token.Gap.SPACE),
                        tuple("-", Token.Gap.NONE),
                        tuple("h", Token.Gap.NONE));
    }

    @Test
    void takesALoneCarriageReturnForALineEndAndCarriageReturnLineFeedForOne() {
        List<Token> tokens = Tokenizer.tokenize("a\rb\r\rc\r\nd\r \re");

        assertThat(tokens)
                .extracting(Token::text, Token::gap)
                .containsExactly(
                        tuple("a", Token.Gap.NONE),
                        tuple("b", Token.Gap.LINE),
                        tuple("c", Token.Gap.PARAGRAPH),
                        tuple("d", Token.Gap.LINE),
                        tuple("e", Token.Gap.PARAGRAPH));
    }

    @Test
    void givesEachTokenItsUtf16OffsetsAndLowerCase() {
        List<Token> tokens = Tokenizer.tokenize("Zoë 😢 12 ÜBER");

        assertThat(tokens)
                .extracting(Token::start, Token::end, Token::lower)
                .containsExactly(tuple(0, 3, "zoë"), tuple(4, 6, "😢"), tuple(7, 9, "12"), tuple(10, 14, "über"));
    }

    @Test
    void tokenizesNothingOutOfBlankText() {
        List<Token> tokens = Tokenizer.tokenize(" \t\r\n ");

        assertThat(tokens).isEmpty();
    }

    @Test
    void takesForWhitespaceEveryCharacterJavaCallsWhitespaceOrASpace() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Tokenizer.isSpace(c))
                    .as("U+%04X", (int) c)
                    .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
    }

    private static String render(List<Token> tokens) {
        return tokens.stream()
                .map(t -> t.type().name().charAt(0) + ":" + t.text())
                .collect(Collectors.joining(" "));
    }
}
