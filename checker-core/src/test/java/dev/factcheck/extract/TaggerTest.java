package dev.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.factcheck.source.SentenceSplitter;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import dev.factcheck.source.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

class TaggerTest {
    @Test
    void tagsAsOpenNlpsGreedyBeamSearchDoes() throws IOException, URISyntaxException {
        assertThat(tagsAsOpenNlp(inventedSources())).as("words tagged").isGreaterThan(1500);
    }

    /** One tagger over many real texts: a word met again starts from the sums it had, and the tags stay OpenNLP's. */
    @Test
    void tagsTheSharedNewsStoriesAsOpenNlpsGreedyBeamSearchDoes() throws IOException {
        Path news = Path.of(System.getProperty("factcheck.shared", "../../shared"), "news");
        assumeTrue(Files.isDirectory(news), "no shared news stories beside the project (../shared/news)");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(news)) {
            sources = files.filter(f -> f.getParent().getFileName().toString().equals("sources"))
                    .filter(f -> f.toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        assertThat(tagsAsOpenNlp(sources)).as("words tagged").isGreaterThan(10_000);
    }

    /** Tags every sentence of {@code files} with one tagger, as OpenNLP's beam of 1 does; returns the words tagged. */
    private static int tagsAsOpenNlp(List<Path> files) throws IOException {
        POSModel model;
        try (InputStream in = Tagger.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        BeamSearch beam = new BeamSearch(1, model.<MaxentModel>getArtifact("pos.model"));
        Tagger tagger = new Tagger();
        int words = 0;
        for (Path file : files) {
            List<Token> tokens = Tokenizer.tokenize(Files.readString(file, StandardCharsets.UTF_8));
            for (TokenRange sentence : SentenceSplitter.split(tokens)) {
                String[] text = tokens.subList(sentence.from(), sentence.to()).stream()
                        .map(Token::text)
                        .toArray(String[]::new);
                List<String> expected = beam.bestSequence(
                                text,
                                new Object[0],
                                model.getFactory().getPOSContextGenerator(0),
                                model.getFactory().getSequenceValidator())
                        .getOutcomes();

                assertThat(tagger.tagNames(tokens, sentence))
                        .as(String.join(" ", text))
                        .containsExactlyElementsOf(expected);
                Tagger.Tagging prefix = tagger.start(tokens, sentence);
                int half = text.length / 2;
                assertThat(prefix.tagOf(half))
                        .as("tag %d of a tagging asked no further", half)
                        .isEqualTo(expected.get(half));
                words += text.length;
            }
        }
        return words;
    }

    private static List<Path> inventedSources() throws IOException, URISyntaxException {
        Path root =
                Path.of(TaggerTest.class.getResource("/dev/factcheck/stories").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
