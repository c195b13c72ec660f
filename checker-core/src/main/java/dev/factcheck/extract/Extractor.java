package dev.factcheck.extract;

import dev.factcheck.quantity.Quantity;
import dev.factcheck.quantity.QuantityReader;
import dev.factcheck.quantity.ReadQuantity;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.QuantityKind;
import dev.factcheck.rules.Term;
import dev.factcheck.source.Paragraphs;
import dev.factcheck.source.Position;
import dev.factcheck.source.SentenceSplitter;
import dev.factcheck.source.SourceText;
import dev.factcheck.source.Span;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import dev.factcheck.source.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Finds the mentions of a set of claims in sources. Each source is read once for all claims: paragraphs that hold the
 * start of no claim's anchor are passed over untokenized (a figure binds only to an anchor in its sentence, and no
 * sentence runs past a blank line); in the others, tokens, sentences, one index look-up per word for every claim's
 * anchors, and quantities only in the sentences with an anchor. Quotes and names are looked for in the whole text.
 * Immutable and thread-safe.
 */
public final class Extractor {
    private final List<Claim> claims;
    private final AnchorIndex anchors;
    private final PatternAnchors patterns;
    private final Binder binder;
    private final QuoteClaims quotes;
    private final NameClaims names;
    /** The first word of every claim's {@code near} terms, as a word, and the leading literal of every pattern. */
    private final LiteralScan anchorStarts;

    private final QuantityReader reader = QuantityReader.english();
    /** Taggers are not thread-safe: each thread that reads with this extractor gets its own, shared or not. */
    private final Taggers taggers;

    private Extractor(List<Claim> claims, Taggers taggers) {
        this.claims = List.copyOf(claims);
        this.taggers = taggers;
        this.anchors = new AnchorIndex(this.claims);
        this.patterns = new PatternAnchors(this.claims);
        this.binder = new Binder(this.claims);
        this.quotes = new QuoteClaims(this.claims);
        this.names = new NameClaims(this.claims);
        List<LiteralScan.Literal> starts = new ArrayList<>();
        patterns.literals().forEach(l -> starts.add(new LiteralScan.Literal(l, LiteralScan.Bounds.ANYWHERE)));
        this.claims.forEach(c -> c.near().forEach(term -> starts.add(firstWord(term))));
        this.anchorStarts = LiteralScan.of(starts);
    }

    /** A term's first word as a whole word, or as a word's start when it is the term's only word and open. */
    private static LiteralScan.Literal firstWord(Term term) {
        boolean open = term.open() && term.words().size() == 1;
        return new LiteralScan.Literal(
                term.words().get(0), open ? LiteralScan.Bounds.WORD_START : LiteralScan.Bounds.WHOLE_WORD);
    }

    /**
     * Starts reading what extraction needs that takes long to read (the tagger's model) in the background, when
     * {@code claims} hold a figure claim, so that a check can call this as soon as its rules are read.
     */
    public static void prepare(List<Claim> claims) {
        if (claims.stream().anyMatch(c -> c.kind() instanceof QuantityKind)) {
            Tagger.loadInBackground();
        }
    }

    public static Extractor of(List<Claim> claims) {
        return of(claims, new Taggers());
    }

    /** An extractor that tags with {@code taggers}, which other extractors may share. */
    public static Extractor of(List<Claim> claims, Taggers taggers) {
        return new Extractor(claims, Objects.requireNonNull(taggers, "taggers == null"));
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
        List<Paragraph> paragraphs;
        OptionalInt own;
        if (quotes.isEmpty() && names.isEmpty()) {
            paragraphs = paragraphs(source.text());
            own = sourceYear(source.text(), paragraphs);
        } else {
            List<Token> tokens = Tokenizer.tokenize(source.text());
            quotes.find(source, tokens).forEach((id, found) -> mentions.get(id).addAll(found));
            names.find(source, tokens).forEach((id, found) -> mentions.get(id).addAll(found));
            paragraphs = List.of(new Paragraph(new Span(0, source.text().length()), true, tokens));
            own = QuantityReader.sourceYear(tokens);
        }
        OptionalInt year = own.isPresent() ? own : storyYear;
        EvidenceLines lines = new EvidenceLines(source);
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.mayHoldAnchor()) {
                SourceTokens read =
                        new SourceTokens(source, paragraph.tokens(source.text()), year, lines, taggers::get);
                for (TokenRange sentence : SentenceSplitter.split(read.tokens())) {
                    readSentence(read, sentence, mentions);
                }
            }
        }
        return mentions;
    }

    /** The paragraphs of a text, each marked with whether it holds the start of an anchor. */
    private List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Span span : Paragraphs.of(text)) {
            paragraphs.add(new Paragraph(span, anchorStarts.holdsAny(text, span.start(), span.end()), null));
        }
        return paragraphs;
    }

    /**
     * The year of a source, as {@link QuantityReader#sourceYear} reads it in the whole text's tokens, from the tokens
     * of only the paragraphs that may name one, in order, until one does.
     */
    private static OptionalInt sourceYear(String text, List<Paragraph> paragraphs) {
        for (Paragraph paragraph : paragraphs) {
            Span span = paragraph.span();
            if (QuantityReader.mayNameYear(text, span.start(), span.end())) {
                OptionalInt year = QuantityReader.sourceYear(paragraph.tokens(text));
                if (year.isPresent()) {
                    return year;
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * A paragraph of a source, its tokens made when first asked for and kept, since the year and the anchors may both
     * need them. Lives for one extraction, on one thread.
     */
    private static final class Paragraph {
        private final Span span;
        private final boolean mayHoldAnchor;
        private List<Token> tokens;

        Paragraph(Span span, boolean mayHoldAnchor, List<Token> tokens) {
            this.span = span;
            this.mayHoldAnchor = mayHoldAnchor;
            this.tokens = tokens;
        }

        Span span() {
            return span;
        }

        boolean mayHoldAnchor() {
            return mayHoldAnchor;
        }

        List<Token> tokens(String text) {
            if (tokens == null) {
                tokens = Tokenizer.tokenize(text, span);
            }
            return tokens;
        }
    }

    /** A source as read once: its text, its tokens, the year dates without one take, and its tagger when needed. */
    private record SourceTokens(
            SourceText source, List<Token> tokens, OptionalInt year, EvidenceLines lines, Supplier<Tagger> tagger) {}

    /** Reads one sentence's anchors and patterns and, only where it has some, its figures. */
    private void readSentence(SourceTokens read, TokenRange sentence, Map<String, List<Mention>> mentions) {
        List<Token> tokens = read.tokens();
        SourceText source = read.source();
        List<Hit> hits = new ArrayList<>(anchors.find(tokens, sentence));
        hits.addAll(patterns.find(source.text(), tokens, sentence));
        if (hits.isEmpty()) {
            return;
        }
        List<ReadQuantity> quantities = reader.read(tokens, sentence, read.year());
        if (quantities.isEmpty()) {
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
