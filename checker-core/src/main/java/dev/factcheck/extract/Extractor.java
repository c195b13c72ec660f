package dev.factcheck.extract;

import dev.factcheck.quantity.Quantity;
import dev.factcheck.quantity.QuantityReader;
import dev.factcheck.quantity.ReadQuantity;
import dev.factcheck.rules.Claim;
import dev.factcheck.source.Position;
import dev.factcheck.source.SentenceSplitter;
import dev.factcheck.source.SourceText;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import dev.factcheck.source.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Finds the mentions of a set of claims in sources. Each source is read once for all claims: tokens, sentences,
 * quantities, then one index look-up per word for every claim's anchors. Immutable and thread-safe.
 */
public final class Extractor {
    private final List<Claim> claims;
    private final AnchorIndex anchors;
    private final PatternAnchors patterns;
    private final Binder binder;
    private final QuoteClaims quotes;
    private final NameClaims names;
    private final QuantityReader reader = QuantityReader.english();
    /**
     * Taggers are not thread-safe, and making one costs as much as tagging a page: each thread that reads with this
     * extractor gets its own, made when one of its sentences first needs tags.
     */
    private final ThreadLocal<Tagger> taggers = ThreadLocal.withInitial(Tagger::new);

    private Extractor(List<Claim> claims) {
        this.claims = List.copyOf(claims);
        this.anchors = new AnchorIndex(this.claims);
        this.patterns = new PatternAnchors(this.claims);
        this.binder = new Binder(this.claims);
        this.quotes = new QuoteClaims(this.claims);
        this.names = new NameClaims(this.claims);
    }

    public static Extractor of(List<Claim> claims) {
        return new Extractor(claims);
    }

    /** The mentions of each claim in one source, by claim id in claim order; a claim with none maps to an empty list. */
    public Map<String, List<Mention>> extract(SourceText source) {
        return extract(source, OptionalInt.empty());
    }

    /**
     * As {@link #extract(SourceText)}, with the year that dates take when the source names none, such as the year of
     * the story's other sources.
     */
    public Map<String, List<Mention>> extract(SourceText source, OptionalInt storyYear) {
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        claims.forEach(c -> mentions.put(c.id(), new ArrayList<>()));
        List<Token> tokens = Tokenizer.tokenize(source.text());
        OptionalInt own = QuantityReader.sourceYear(tokens);
        OptionalInt year = own.isPresent() ? own : storyYear;
        quotes.find(source, tokens).forEach((id, found) -> mentions.get(id).addAll(found));
        names.find(source, tokens).forEach((id, found) -> mentions.get(id).addAll(found));
        SourceTokens read = new SourceTokens(source, tokens, year, new EvidenceLines(source), taggers::get);
        for (TokenRange sentence : SentenceSplitter.split(tokens)) {
            readSentence(read, sentence, mentions);
        }
        return mentions;
    }

    /** A source as read once: its text, its tokens, the year dates without one take, and its tagger when needed. */
    private record SourceTokens(
            SourceText source, List<Token> tokens, OptionalInt year, EvidenceLines lines, Supplier<Tagger> tagger) {}

    /** Reads one sentence's figures and, only where it has some, its anchors and patterns. */
    private void readSentence(SourceTokens read, TokenRange sentence, Map<String, List<Mention>> mentions) {
        List<Token> tokens = read.tokens();
        SourceText source = read.source();
        List<ReadQuantity> quantities = reader.read(tokens, sentence, read.year());
        if (quantities.isEmpty()) {
            return;
        }
        List<Hit> hits = new ArrayList<>(anchors.find(tokens, sentence));
        hits.addAll(patterns.find(source.text(), tokens, sentence));
        if (hits.isEmpty()) {
            return;
        }
        SentenceTags tags = new SentenceTags(tokens, sentence, read.tagger());
        SentenceReading reading = new SentenceReading(
                tokens, sentence, quantities, hits, Clauses.of(tokens, sentence, quantities, hits, tags), tags);
        List<List<Integer>> bound = binder.bind(reading);
        for (int q = 0; q < quantities.size(); q++) {
            for (int claim : bound.get(q)) {
                mentions.get(claims.get(claim).id())
                        .add(mention(read, quantities.get(q).quantity()));
            }
        }
    }

    private static Mention mention(SourceTokens read, Quantity quantity) {
        SourceText source = read.source();
        Position position = source.position(quantity.span().start());
        return new Mention(
                source.path(),
                position,
                source.slice(quantity.span()),
                quantity,
                read.lines().line(position));
    }
}
