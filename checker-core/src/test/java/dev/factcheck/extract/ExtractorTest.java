package dev.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.factcheck.rules.Claim;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.source.SourceText;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which figures of a sentence become mentions of which claim. Each table row is one sentence of our own; the expected
 * mentions are written as they stand in the text, {@code ;} between two, empty for none.
 */
class ExtractorTest {
    private static final String SOURCE = "news/wire.txt";

    private static final String PLACES = """
              - {id: toll.north, kind: count, near: [killed], with: [north]}
              - {id: toll.coast, kind: count, near: [killed], with: [coastal]}
            """;

    private static final String DEAD_NOT_INJURED = """
              - {id: toll, kind: count, near: [killed, dead], without: [injured, missing]}
            """;

    private static final String MEETING_LENGTH = """
              - {id: meeting.length, kind: duration, near: [meeting, met, talks]}
            """;

    private static final String DEATH_TOLL = """
              - {id: toll, kind: count, near: [killed, died, dead]}
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Rebels killed 12 people in the north and 40 in the coastal towns on Sunday.   | 12 | 40
            Rebels killed 12 in the north and 40 in the coastal towns.                    | 12 | 40
            Troops killed 40 fighters in the coastal towns and 12 in the north.           | 12 | 40
            """)
    void bindsEachCountToItsOwnPlace(String sentence, String north, String coast) {
        Map<String, List<String>> found = mentions(PLACES, sentence);

        assertThat(found.get("toll.north")).as("north").isEqualTo(texts(north));
        assertThat(found.get("toll.coast")).as("coast").isEqualTo(texts(coast));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            In the north, rebels killed 12 people, and in the coastal towns 40.           | 12 | 40
            Floods killed 12 people in the north.                                         | 12 |
            Floods killed 40 people in the coastal towns.                                 |    | 40
            Floods killed 7 people, officials said.                                       |    |
            """)
    void bindsACountOnlyToTheClaimWhosePlaceStandsInItsClause(String sentence, String north, String coast) {
        Map<String, List<String>> found = mentions(PLACES, sentence);

        assertThat(found.get("toll.north")).as("north").isEqualTo(texts(north));
        assertThat(found.get("toll.coast")).as("coast").isEqualTo(texts(coast));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The crash left 12 killed and 40 injured.                            | 12
            A fire killed 3 workers and injured 15 others.                      | 3
            Police said 9 people were injured when the roof fell.               |
            The storm killed 5 fishermen while 8 remain missing.                | 5
            At least 30 were injured and 4 dead after the bridge fell.          | 4
            """)
    void withoutRulesOutOnlyTheFigureOfItsOwnClause(String sentence, String expected) {
        Map<String, List<String>> found = mentions(DEAD_NOT_INJURED, sentence);

        assertThat(found.get("toll")).isEqualTo(texts(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The ministers' meeting in Oslo came two days after the election result was announced.
            Two days earlier, the envoys held a separate meeting in Rome.
            She was the first leader the envoy met after he took office six years ago.
            The summit meeting in Lima showed how far the alliance has come in six years.
            The talks this week in the capital were called off.
            The two leaders met in a hotel this week.
            """)
    void readsNoExpressionOfWhenAsTheLengthOfAMeeting(String sentence) {
        Map<String, List<String>> found = mentions(MEETING_LENGTH, sentence);

        assertThat(found.get("meeting.length")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The two leaders last met three years ago.
            They first met six years ago in Ottawa.
            """)
    void readsNoAgoExpressionAsTheLengthOfTheEventItDates(String sentence) {
        Map<String, List<String>> found = mentions(MEETING_LENGTH, sentence);

        assertThat(found.get("meeting.length")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The two leaders held a 40-minute meeting on Friday.       | 40-minute
            They met for close to an hour in the old palace.          | close to an hour
            The talks lasted three hours.                             | three hours
            """)
    void readsTheLengthOfAMeeting(String sentence, String expected) {
        Map<String, List<String>> found = mentions(MEETING_LENGTH, sentence);

        assertThat(found.get("meeting.length")).isEqualTo(texts(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            leaving port | The ferry sank twenty minutes after leaving port.                  | twenty minutes
            strongest    | It was the strongest quake to hit the province in 14 years.        | 14 years
            missing      | The climber went missing over a week ago.                          | over a week
            """)
    void readsAnIntervalOfTimeWhenTheClaimIsAboutThatInterval(String near, String sentence, String expected) {
        String rules = "  - {id: interval, kind: duration, near: [" + near + "]}\n";

        Map<String, List<String>> found = mentions(rules, sentence);

        assertThat(found.get("interval")).isEqualTo(texts(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The collapse of a two-story building killed 6 people.                   | 6
            A two-story building collapsed but nobody died.                         |
            The storm was one that struck the coast and killed 14 people.           | 14
            It was the deadliest one that struck the coast, and many died.          |
            The quake killed 9 people 277 miles from the capital.                   | 9
            The quake killed people 370km east of the city.                         |
            Floods killed 44% of the herd.                                          |
            The fighting, which cost $66 billion, killed 12 people.                 | 12
            Crowds marked the 40th anniversary of the fire that killed 31 people.   | 31
            The quake that killed 80 people in 2012 was the worst.                  | 80
            The flood killed dozens in 2012.                                        |
            The flood on June 23 killed 17 people.                                  | 17
            Everyone who died on June 23 was buried.                                |
            """)
    void readsNoCountFromAFigureOfAnotherKind(String sentence, String expected) {
        Map<String, List<String>> found = mentions(DEATH_TOLL, sentence);

        assertThat(found.get("toll")).isEqualTo(texts(expected));
    }

    @ParameterizedTest(name = "within {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            sentence | Gunmen killed 14 villagers.                                     | 14
            3        | Gunmen killed 14 villagers.                                     | 14
            3        | Gunmen killed at least 14 villagers.                            | at least 14
            sentence | 14 villagers living high up the narrow valley were killed.      | 14
            3        | 14 villagers living high up the narrow valley were killed.      |
            8        | 14 villagers living high up the narrow valley were killed.      | 14
            """)
    void withinLimitsHowFarAFigureMayStandFromItsAnchor(String within, String sentence, String expected) {
        String rules = "  - {id: toll, kind: count, near: [killed], within: " + within + "}\n";

        Map<String, List<String>> found = mentions(rules, sentence);

        assertThat(found.get("toll")).isEqualTo(texts(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The death toll rose to 41 on Tuesday.             | 41
            The DEATH TOLL climbed to 52, the agency said.    | 52
            The death toll was revised to 39.                 |
            Officials said 41 people were rescued.            |
            """)
    void usesAPatternAsAnAnchor(String sentence, String expected) {
        String rules = "  - {id: toll, kind: count, pattern: 'death toll (rose|climbed) to'}\n";

        Map<String, List<String>> found = mentions(rules, sentence);

        assertThat(found.get("toll")).isEqualTo(texts(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The storm killed ٢٣ people.
            The storm killed ２３ people.
            """)
    void readsDigitsOfOtherScriptsWithoutAStrayException(String sentence) {
        Map<String, List<String>> found = mentions(DEATH_TOLL, sentence);

        assertThat(found.get("toll")).hasSizeLessThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Storm Kills 12 In Coastal Towns             | 12
            UPDATE: Storm Leaves 12 Dead                | 12
            THE STORM KILLED 52 PEOPLE ON THE COAST.    | 52
            """)
    void readsCountsInTitleCaseAndCapitals(String sentence, String expected) {
        Map<String, List<String>> found =
                mentions("  - {id: toll, kind: count, near: [kills, killed, dead]}\n", sentence);

        assertThat(found.get("toll")).isEqualTo(texts(expected));
    }

    @Test
    void findsTheMentionsOfSeveralClaimsInOnePass() {
        String rules = """
                  - {id: siege.toll, kind: count, near: [killed]}
                  - {id: siege.length, kind: duration, near: [siege]}
                  - {id: hostages, kind: count, near: [hostages]}
                  - {id: unused, kind: count, near: [injured]}
                """;

        Map<String, List<String>> found =
                mentions(rules, "The 36-hour siege ended when troops freed 19 hostages and killed 4 gunmen.");

        assertThat(found)
                .containsExactly(
                        Map.entry("siege.toll", List.of("4")),
                        Map.entry("siege.length", List.of("36-hour")),
                        Map.entry("hostages", List.of("19")),
                        Map.entry("unused", List.of()));
    }

    @Test
    void placesEachMentionAtItsLineAndColumnInCharacters() {
        String text = "Storm update\n\nCafé owners 😢 said the storm killed 14 people.\nIt also killed 3 horses.\n";
        List<Claim> claims = claims(DEATH_TOLL);

        List<Mention> found =
                Extractor.of(claims).extract(SourceText.of(SOURCE, text)).get("toll");

        assertThat(found)
                .extracting(Mention::location, Mention::text, Mention::line)
                .containsExactly(
                        tuple("news/wire.txt:3:37", "14", "Café owners 😢 said the storm killed 14 people."),
                        tuple("news/wire.txt:4:16", "3", "It also killed 3 horses."));
    }

    @Test
    void placesMentionsInTextWithWindowsLineEndings() {
        String text = "Storm update\r\n\r\nThe storm killed 14 people.\r\nIt also killed 3 horses.\r\n";

        List<Mention> found = Extractor.of(claims(DEATH_TOLL))
                .extract(SourceText.of(SOURCE, text))
                .get("toll");

        assertThat(found)
                .extracting(Mention::location, Mention::line)
                .containsExactly(
                        tuple("news/wire.txt:3:18", "The storm killed 14 people."),
                        tuple("news/wire.txt:4:16", "It also killed 3 horses."));
    }

    @Test
    void placesAMentionByItsHedgeAndKeepsTheHedgeInItsText() {
        String text = "Élan Vital reported that the floods killed more than 1,200 people.";

        List<Mention> found = Extractor.of(claims(DEATH_TOLL))
                .extract(SourceText.of(SOURCE, text))
                .get("toll");

        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("more than 1,200");
            assertThat(m.position().line()).isEqualTo(1);
            assertThat(m.position().column()).isEqualTo(44);
            assertThat(m.position().offset()).isEqualTo(43);
            assertThat(m.source()).isEqualTo(SOURCE);
        });
    }

    static Map<String, List<String>> mentions(String claimsYaml, String text) {
        Map<String, List<Mention>> found = Extractor.of(claims(claimsYaml)).extract(SourceText.of(SOURCE, text));
        Map<String, List<String>> texts = new LinkedHashMap<>();
        found.forEach((id, mentions) ->
                texts.put(id, mentions.stream().map(Mention::text).toList()));
        return texts;
    }

    private static List<Claim> claims(String claimsYaml) {
        return RuleParser.parse("rules/story.yaml", "sources: [news/*.txt]\nclaims:\n" + claimsYaml)
                .claims();
    }

    /** A table cell of mention texts, {@code ;} between two; an empty cell is none. */
    static List<String> texts(String cell) {
        return cell == null
                ? List.of()
                : Arrays.stream(cell.split(";", -1)).map(String::strip).toList();
    }
}
