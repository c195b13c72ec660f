package dev.factcheck.extract;

import dev.factcheck.source.Span;
import dev.factcheck.source.Token;
import dev.factcheck.source.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the quotes of a source with their speakers: joins the parts of a quote split by its attribution ({@code
 * "Obviously," Harper said, "Mr. Putin has..."}) or running across paragraphs, then looks for the attribution after
 * the quote, before it, and else gives a paragraph that is all quote the speaker of the quote before it. Internal.
 */
final class QuoteFinder {
    /** How many tokens an attribution that splits a quote may take. */
    private static final int SPLIT_REACH = 20;

    private QuoteFinder() {}

    static List<Quote> find(CharSequence text, List<Token> tokens) {
        List<List<QuoteMarks.Passage>> groups =
                join(text, tokens, BlockQuotes.addTo(text, tokens, QuoteMarks.find(text)));
        List<Quote> quotes = new ArrayList<>();
        Optional<String> lastSpeaker = Optional.empty();
        int lastParagraph = -1;
        int lastEnd = 0;
        for (List<QuoteMarks.Passage> group : groups) {
            int paragraph = paragraphStart(text, group.get(0).inside().start());
            int open = tokenAt(tokens, group.get(0).inside().start() - 1);
            Optional<String> between = Attribution.namedBetween(tokens, lastEnd, open);
            Optional<String> context = between.isPresent() ? between : lastSpeaker;
            Optional<String> speaker = speaker(text, tokens, group, context, paragraph == lastParagraph);
            lastEnd = tokenAt(tokens, group.get(group.size() - 1).inside().end() + 1);
            lastSpeaker = speaker.isPresent() ? speaker : lastSpeaker;
            lastParagraph =
                    paragraphStart(text, group.get(group.size() - 1).inside().start());
            Optional<String> described = speaker.isPresent() ? Optional.empty() : description(text, tokens, group);
            quotes.add(quote(text, group, speaker, described));
        }
        return quotes;
    }

    private static Quote quote(
            CharSequence text, List<QuoteMarks.Passage> group, Optional<String> speaker, Optional<String> description) {
        List<Span> parts = group.stream().map(QuoteMarks.Passage::inside).toList();
        List<String> words = parts.stream()
                .map(s -> text.subSequence(s.start(), s.end()).toString())
                .toList();
        return new Quote(parts, String.join(" ", words), speaker, description);
    }

    /** Passages joined into quotes: across paragraphs, and around an attribution that splits one. */
    private static List<List<QuoteMarks.Passage>> join(
            CharSequence text, List<Token> tokens, List<QuoteMarks.Passage> passages) {
        List<List<QuoteMarks.Passage>> groups = new ArrayList<>();
        for (QuoteMarks.Passage p : passages) {
            List<QuoteMarks.Passage> last = groups.isEmpty() ? List.of() : groups.get(groups.size() - 1);
            boolean joins = !last.isEmpty() && joinsPrevious(text, tokens, last.get(last.size() - 1), p);
            if (joins) {
                last.add(p);
            } else {
                groups.add(new ArrayList<>(List.of(p)));
            }
        }
        return groups;
    }

    private static boolean joinsPrevious(
            CharSequence text, List<Token> tokens, QuoteMarks.Passage previous, QuoteMarks.Passage next) {
        if (previous.flow() == QuoteMarks.Flow.CONTINUES) {
            return true;
        }
        int end = previous.inside().end();
        boolean openEnded = end > 0 && ",—–".indexOf(text.charAt(end - 1)) >= 0;
        int from = tokenAt(tokens, end + 1);
        int to = tokenAt(tokens, next.inside().start() - 1);
        String gap = text.subSequence(end, next.inside().start()).toString();
        String beforeOpening = gap.substring(0, Math.max(0, gap.length() - 1)).strip();
        boolean resumes = beforeOpening.endsWith(",") || beforeOpening.endsWith(":");
        return openEnded
                && resumes
                && gap.indexOf('\n') < 0
                && to - from <= SPLIT_REACH
                && tokens.subList(from, to).stream().anyMatch(t -> Attribution.SPEECH_VERBS.contains(t.lower()));
    }

    /**
     * The attribution after the quote, before it, or between its parts; else, for a quote that opens its paragraph or
     * follows another quote in its paragraph, the speaker of the quote before it.
     */
    private static Optional<String> speaker(
            CharSequence text,
            List<Token> tokens,
            List<QuoteMarks.Passage> group,
            Optional<String> lastSpeaker,
            boolean sameParagraphAsLast) {
        Span first = group.get(0).inside();
        Span last = group.get(group.size() - 1).inside();
        int paragraphStart = paragraphStart(text, first.start());
        int paragraphEnd = paragraphEnd(text, last.end());
        int afterClose = tokenAt(tokens, last.end() + 1);
        int open = tokenAt(tokens, first.start() - 1);
        Optional<String> named = Attribution.after(tokens, afterClose, tokenAt(tokens, paragraphEnd), lastSpeaker)
                .or(() -> Attribution.before(tokens, open, tokenAt(tokens, paragraphStart), lastSpeaker))
                .or(() -> innerSplit(tokens, group, lastSpeaker));
        boolean opensParagraph = first.start() - paragraphStart <= 1;
        return named.isPresent() || !(opensParagraph || sameParagraphAsLast) ? named : lastSpeaker;
    }

    /** How the attribution after the quote, before it or between its parts describes a speaker it does not name. */
    private static Optional<String> description(CharSequence text, List<Token> tokens, List<QuoteMarks.Passage> group) {
        Span first = group.get(0).inside();
        Span last = group.get(group.size() - 1).inside();
        int paragraphEnd = tokenAt(tokens, paragraphEnd(text, last.end()));
        int paragraphStart = tokenAt(tokens, paragraphStart(text, first.start()));
        Optional<String> found = Descriptions.after(tokens, tokenAt(tokens, last.end() + 1), paragraphEnd)
                .or(() -> Descriptions.before(tokens, tokenAt(tokens, first.start() - 1), paragraphStart));
        for (int k = 0; found.isEmpty() && k + 1 < group.size(); k++) {
            int from = tokenAt(tokens, group.get(k).inside().end() + 1);
            found = Descriptions.after(
                    tokens, from, tokenAt(tokens, group.get(k + 1).inside().start() - 1));
        }
        return found;
    }

    /** The attribution between the parts of a split quote. */
    private static Optional<String> innerSplit(
            List<Token> tokens, List<QuoteMarks.Passage> group, Optional<String> lastSpeaker) {
        for (int k = 0; k + 1 < group.size(); k++) {
            int from = tokenAt(tokens, group.get(k).inside().end() + 1);
            int to = tokenAt(tokens, group.get(k + 1).inside().start() - 1);
            Optional<String> found = Attribution.after(tokens, from, to, lastSpeaker);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static int paragraphStart(CharSequence text, int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static int paragraphEnd(CharSequence text, int offset) {
        int i = Math.max(offset, 0);
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** The index of the first token that ends after {@code offset}. */
    static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** For tests: the quotes of a text. */
    static List<Quote> find(CharSequence text) {
        return find(text, Tokenizer.tokenize(text));
    }
}
