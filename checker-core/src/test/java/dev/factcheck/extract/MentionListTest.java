package dev.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.Interval;
import dev.factcheck.quantity.Quantity;
import dev.factcheck.quantity.QuantityReader;
import dev.factcheck.quantity.Writing;
import dev.factcheck.rules.RuleParser;
import dev.factcheck.source.Position;
import dev.factcheck.source.SourceText;
import dev.factcheck.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MentionListTest {
    @Test
    void givesBackEveryMentionOfTheSeedStoryExactly() throws IOException {
        Path rules = Path.of("../rules/harper-putin-apec-2012.yaml");
        Extractor extractor = Extractor.of(
                RuleParser.parse("rules/story.yaml", Files.readString(rules)).claims());
        List<Mention> all = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                SourceText source = SourceText.of(seed.getFileName().toString(), Files.readString(seed));
                extractor.extract(source).values().forEach(all::addAll);
            }
        }

        MentionList compact = MentionList.copyOf(all);

        assertThat(all).hasSizeGreaterThan(15);
        assertThat(compact).containsExactlyElementsOf(all);
        assertThat(compact).isEqualTo(all).hasSameHashCodeAs(all);
    }

    @Test
    void keepsTheEdgesOfWhatAFigureCanHold() {
        List<Mention> mentions = List.of(
                measure(
                        "a.txt",
                        new Quantity(
                                Dimension.MONEY,
                                OptionalDouble.empty(),
                                new Interval(6e9, 1.5e10),
                                Optional.of("USD"),
                                new Writing(1e9, 0.25e9),
                                new Span(90, 120),
                                new Span(91, 95))),
                measure(
                        "a.txt",
                        new Quantity(
                                Dimension.NUMBER,
                                OptionalDouble.of(-0.0),
                                Interval.atLeast(-0.0),
                                Optional.empty(),
                                Writing.EXACT,
                                new Span(100, 104),
                                new Span(102, 104))),
                new Mention("b.txt", new Position(3, 7, 1_000_000), "“Never.”", new Quoted("Never.", ""), ""),
                new Mention(
                        "a.txt",
                        new Position(9, 1, 0),
                        "Mohamed Morsy",
                        new Named("Mohammed Morsi", Named.Spelling.NEAR_MISS),
                        "Mohamed Morsy spoke."));

        MentionList compact = MentionList.copyOf(mentions);

        assertThat(compact).containsExactlyElementsOf(mentions);
        assertThat(Double.doubleToRawLongBits(
                        compact.get(1).quantity().interval().min()))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void aSourceThatComesBackAfterAnotherKeepsItsPath() {
        Mention first = read("a.txt", 1, "23 people died");
        Mention second = read("b.txt", 2, "25 people died");
        Mention again = read("a.txt", 3, "24 people died");

        MentionList compact =
                new MentionList.Builder().add(first).add(second).add(again).build();

        assertThat(compact).extracting(Mention::source).containsExactly("a.txt", "b.txt", "a.txt");
    }

    @Test
    void aListBuiltIsNotChangedByWhatItsBuilderAddsLater() {
        MentionList.Builder builder = new MentionList.Builder().add(read("a.txt", 1, "23 people died"));
        MentionList before = builder.build();

        builder.add(read("b.txt", 1, "25 people died"));

        assertThat(before).hasSize(1);
        assertThat(builder.build()).hasSize(2);
    }

    @Test
    void isTheSameListWhenCopiedAndRefusesChanges() {
        MentionList compact = MentionList.copyOf(List.of(read("a.txt", 1, "23 people died")));

        assertThat(MentionList.copyOf(compact)).isSameAs(compact);
        assertThatThrownBy(() -> compact.add(read("b.txt", 1, "2 people")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> compact.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void givesBackFromItsBytesWhatItWrote() {
        List<Mention> mentions = List.of(
                read("a.txt", 1, "23 people died"),
                new Mention("b.txt", new Position(3, 7, 40), "“Never.”", new Quoted("Never.", "Anne Diaz"), ""),
                read("a.txt", 4, "at least 25 people"));

        assertThat(MentionList.decode(MentionList.encode(mentions))).containsExactlyElementsOf(mentions);
        assertThat(MentionList.decode(MentionList.encode(List.of()))).isEmpty();
    }

    @Test
    void refusesBytesItDidNotWriteWhole() {
        byte[] bytes = MentionList.encode(List.of(read("a.txt", 1, "23 people died")));

        assertThatThrownBy(() -> MentionList.decode(Arrays.copyOf(bytes, bytes.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MentionList.decode(Arrays.copyOf(bytes, bytes.length + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] hugeCount = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07};
        assertThatThrownBy(() -> MentionList.decode(hugeCount)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Mention measure(String source, Quantity quantity) {
        return new Mention(source, new Position(2, 11, 100), "between $6bn and $15bn", quantity, "line");
    }

    private static Mention read(String source, int line, String text) {
        Quantity quantity = QuantityReader.english().read(text).get(0);
        return new Mention(source, new Position(line, 1, 0), text, quantity, text);
    }
}
