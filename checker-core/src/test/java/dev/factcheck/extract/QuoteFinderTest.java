package dev.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteFinderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “We will rebuild,” Mayor Anne Diaz said.                        | We will rebuild,          | Mayor Anne Diaz
            "We will rebuild," said Diaz.                                   | We will rebuild,          | Diaz
            Diaz said: "We will rebuild."                                   | We will rebuild.          | Diaz
            According to Diaz, "the town will be rebuilt."                  | the town will be rebuilt. | Diaz
            Diaz, a former engineer, told reporters: "We will rebuild."     | We will rebuild.          | Diaz
            "We will rebuild," Diaz, the town's mayor, told reporters.      | We will rebuild,          | Diaz
            'We will rebuild' —Mayor Anne Diaz                              | We will rebuild           | Mayor Anne Diaz
            The Gazette quoted Diaz as saying: "We will rebuild."           | We will rebuild.          | Diaz
            "We will rebuild," the Gazette quoted Diaz as saying.           | We will rebuild,          | Diaz
            Diaz was quoted as saying: "We will rebuild."                   | We will rebuild.          | Diaz
            "We will rebuild," Diaz was quoted as saying.                   | We will rebuild,          | Diaz
            Diaz also said: "We will rebuild."                              | We will rebuild.          | Diaz
            "We will rebuild," Diaz later told reporters.                   | We will rebuild,          | Diaz
            "We will rebuild," Diaz added.                                  | We will rebuild,          | Diaz
            "We will rebuild," Diaz has repeatedly said.                    | We will rebuild,          | Diaz
            "We will rebuild," according to Diaz.                           | We will rebuild,          | Diaz
            """)
    void findsTheSpeakerBeforeOrAfterTheQuote(String text, String words, String speaker) {
        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.words()).isEqualTo(words);
            assertThat(q.speaker()).contains(speaker);
        });
    }

    @Test
    void readsAParagraphAfterASpeechVerbAndAColonAsABlockQuote() {
        String text = "The road is open again, Mayor Anne Diaz wrote, adding a warning:\n\n"
                + "Drive slowly. The bridge is still under repair.\n\nThe mayor met residents on Monday.";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.words()).isEqualTo("Drive slowly. The bridge is still under repair.");
            assertThat(q.speaker()).contains("Mayor Anne Diaz");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "The road was closed for three reasons:\n\nSnow, ice and wind.",
                "Diaz said the road was closed: snow and ice."
            })
    void readsNoBlockQuoteWithoutASpeechVerbOrAParagraphBreak(String text) {
        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void readsOnlyTheMarkedQuoteWhereTheParagraphAfterTheColonHasQuoteMarks() {
        String text = "Diaz said the road was closed:\n\n\"Snow and ice,\" she said.";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).extracting(Quote::words).containsExactly("Snow and ice,");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "The road stays shut," the transport ministry said.                     | the transport ministry
            "The road stays shut," said a spokesman for the port authority on Monday. | a spokesman for the port authority
            A spokeswoman for the port authority said: "The road stays shut."       | A spokeswoman for the port authority
            The former harbour master told reporters: "The road stays shut."        | The former harbour master
            "The road stays shut," police said.                                     | police
            """)
    void describesASpeakerTheAttributionDoesNotName(String text, String description) {
        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEmpty();
            assertThat(q.description()).contains(description);
        });
    }

    @Test
    void namesTheSpeakerRatherThanDescribingThem() {
        String text = "\"The road stays shut,\" Port Authority Director Lena Vos, M.D., said in a statement.";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).contains("Port Authority Director Lena Vos");
            assertThat(q.description()).isEmpty();
        });
    }

    @Test
    void joinsAQuoteSplitByALongAttribution() {
        String text = "\"The road stays shut,\" Port Authority Director Lena Vos, M.D., said in a statement on"
                + " Monday, \"until the bridge is safe.\"";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.words()).isEqualTo("The road stays shut, until the bridge is safe.");
            assertThat(q.speaker()).contains("Port Authority Director Lena Vos");
        });
    }

    @Test
    void neverTakesTheListenerOfAPassiveForTheSpeaker() {
        String text = "\"We will rebuild,\" Diaz was told by the governor.";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes)
                .singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEmpty());
    }

    @Test
    void leavesAQuoteUnattributedWhenNoNameIsGiven() {
        String text = "\"We will rebuild,\" the mayor said.";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes)
                .singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEmpty());
    }

    @Test
    void joinsAQuoteSplitByItsAttribution() {
        String text = "\"Obviously,\" Diaz said, \"the bridge has to come first.\"";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.words()).isEqualTo("Obviously, the bridge has to come first.");
            assertThat(q.parts()).hasSize(2);
            assertThat(q.speaker()).contains("Diaz");
        });
    }

    @Test
    void keepsTwoQuotesApartWhenTheAttributionEndsASentence() {
        String text = "\"The bridge is gone,\" Diaz said. \"We start again,\" she said.";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).extracting(Quote::words).containsExactly("The bridge is gone,", "We start again,");
        assertThat(quotes).extracting(Quote::speaker).containsOnly(java.util.Optional.of("Diaz"));
    }

    @Test
    void resolvesAPronounToTheLastSpeakerNamed() {
        String text = "Anne Diaz, the mayor, said the town would be rebuilt.\n\"It will take years,\" she said.";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes)
                .singleElement()
                .satisfies(q -> assertThat(q.speaker()).contains("Anne Diaz"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            President Ana Ruiz toured the harbour on Monday.     | President Ana Ruiz
            The first to leave was Mario Soto, 40, a welder.     | Mario Soto
            The town thanked Dr. Lee for her work.               | Dr Lee
            """)
    void resolvesAPronounToAPersonNamedInAParagraphWithoutAQuote(String paragraph, String speaker) {
        String text = "\"The bridge is gone,\" Diaz said.\n\n" + paragraph + "\n\n\"It will take years,\" she said.";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).extracting(Quote::speaker).containsExactly(Optional.of("Diaz"), Optional.of(speaker));
    }

    @Test
    void neverTakesAnOrganisationForTheLastPersonNamed() {
        String text = "\"The bridge is gone,\" Diaz said.\n\nThe State Department sent help.\n\n\"It will take"
                + " years,\" she said.";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).extracting(Quote::speaker).containsOnly(Optional.of("Diaz"));
    }

    @Test
    void keepsSingleQuotesInsideDoubleOnesAndApostrophes() {
        String text = "\"They called it 'a miracle' and it's true,\" Diaz said.";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes)
                .singleElement()
                .satisfies(q -> assertThat(q.words()).isEqualTo("They called it 'a miracle' and it's true,"));
    }

    @Test
    void followsAQuoteAcrossParagraphs() {
        String text = "Diaz said: \"The first span fell at dawn.\n\n\"The second went an hour later.\"";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.words()).isEqualTo("The first span fell at dawn. The second went an hour later.");
            assertThat(q.speaker()).contains("Diaz");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            «We will rebuild», Diaz said.                  | We will rebuild
            Diaz said: ‹We will rebuild›.                  | We will rebuild
            «They called it ‹a miracle›», Diaz said.       | They called it ‹a miracle›
            """)
    void readsGuillemetsAsQuoteMarks(String text, String words) {
        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.words()).isEqualTo(words);
            assertThat(q.speaker()).contains("Diaz");
        });
    }

    @Test
    void followsAGuillemetQuoteAcrossParagraphs() {
        String text = "Diaz said: «The first span fell at dawn.\n\n«The second went an hour later.»";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.words()).isEqualTo("The first span fell at dawn. The second went an hour later.");
            assertThat(q.speaker()).contains("Diaz");
        });
    }

    @Test
    void givesAParagraphThatIsAllQuoteTheSpeakerOfTheQuoteBefore() {
        String text = "\"The bridge is gone,\" Diaz said.\n\n\"We will need the army to help us.\"";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).extracting(Quote::speaker).containsOnly(java.util.Optional.of("Diaz"));
    }

    @Test
    void findsAPartialQuoteInsideASentence() {
        String text = "Diaz called the flood a \"once in a century\" disaster, officials said.";

        List<Quote> quotes = QuoteFinder.find(text);

        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.words()).isEqualTo("once in a century"));
    }
}
