package dev.factcheck.bench;

import dev.factcheck.api.FactCheck;
import dev.factcheck.compare.CheckResult;
import dev.factcheck.quantity.QuantityReader;
import dev.factcheck.source.SentenceSplitter;
import dev.factcheck.source.SourceReader;
import dev.factcheck.source.SourceText;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import dev.factcheck.source.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The things the benchmark times, each over a whole corpus: all on the calling thread but the parallel check. */
final class Workloads {
    private Workloads() {}

    /** The baseline: reads and decodes every article as the check does, with its checks for binary and bad UTF-8. */
    static List<SourceText> read(NewsCorpus.Corpus corpus) {
        List<SourceText> texts = new ArrayList<>(corpus.files().size());
        for (Path file : corpus.files()) {
            texts.add(SourceReader.read(file, file.getFileName().toString()));
        }
        return texts;
    }

    /**
     * Extraction only, on texts already in memory: tokens, sentences and every quantity of each sentence, as {@code
     * Extractor} reads them before it looks for anchors. Returns the number of quantities read.
     */
    static long extract(List<SourceText> texts) {
        QuantityReader reader = QuantityReader.english();
        long quantities = 0;
        for (SourceText text : texts) {
            List<Token> tokens = Tokenizer.tokenize(text.text());
            OptionalInt year = QuantityReader.sourceYear(tokens);
            for (TokenRange sentence : SentenceSplitter.split(tokens)) {
                quantities += reader.read(tokens, sentence, year).size();
            }
        }
        return quantities;
    }

    /**
     * End to end, as users run it: loads the rule file, reads the articles, extracts every claim and judges, on
     * {@code threads} threads.
     */
    static CheckResult check(NewsCorpus.Corpus corpus, int threads) {
        return FactCheck.builder()
                .rules(corpus.rules())
                .workingDirectory(corpus.folder())
                .threads(threads)
                .build()
                .check();
    }
}
