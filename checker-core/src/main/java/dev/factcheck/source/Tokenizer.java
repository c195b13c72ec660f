package dev.factcheck.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, numbers and symbols in one linear pass. Digits followed by letters split in two
 * ({@code 40th} is {@code 40} and {@code th}) while letters followed by digits stay one word ({@code G20}).
 * Internal, may change.
 */
public final class Tokenizer {
    private static final char ASCII = 128;

    private Tokenizer() {}

    public static List<Token> tokenize(CharSequence text) {
        return tokenize(text, new Span(0, text.length()));
    }

    /**
     * The tokens of {@code region} of {@code text}, with their offsets in the whole text. When the region starts and
     * ends at whitespace or at the text's ends (a {@link Paragraphs paragraph}), they are the tokens the whole text
     * has there, gaps included.
     */
    public static List<Token> tokenize(CharSequence text, Span region) {
        int length = region.end();
        List<Token> tokens = new ArrayList<>(region.length() / 5 + 1);
        int i = region.start();
        Token.Gap gap = Token.Gap.NONE;
        while (i < length) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                gap = isLineEnd(text, i) ? afterLineEnd(gap) : afterSpace(gap);
                i++;
                continue;
            }
            int end = tokenEnd(text, i, length);
            tokens.add(token(text, i, end, gap));
            gap = Token.Gap.NONE;
            i = end;
        }
        return tokens;
    }

    /** Whitespace between tokens: Java's whitespace and Unicode's space characters (no-break spaces included). */
    static boolean isSpace(char c) {
        if (c < ASCII) {
            // what the two tests below say of ASCII: the space, tab to carriage return, and the four separators
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A line ends at {@code \n}, at {@code \r\n} (counted once, at its {@code \n}) and at a lone {@code \r}. */
    static boolean isLineEnd(CharSequence text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
    }

    private static Token.Gap afterSpace(Token.Gap gap) {
        return gap == Token.Gap.NONE ? Token.Gap.SPACE : gap;
    }

    private static Token.Gap afterLineEnd(Token.Gap gap) {
        return gap == Token.Gap.LINE || gap == Token.Gap.PARAGRAPH ? Token.Gap.PARAGRAPH : Token.Gap.LINE;
    }

    private static Token token(CharSequence text, int start, int end, Token.Gap gap) {
        String raw = text.subSequence(start, end).toString();
        char first = raw.charAt(0);
        if (Character.isLetter(first)) {
            return new Token(Token.Type.WORD, start, end, raw, raw.toLowerCase(Locale.ROOT), gap);
        }
        if (Character.isDigit(first) || (first == '.' && raw.length() > 1)) {
            return new Token(Token.Type.NUMBER, start, end, raw, raw, gap);
        }
        return new Token(Token.Type.SYMBOL, start, end, raw, raw, gap);
    }

    private static int tokenEnd(CharSequence text, int start, int length) {
        char c = text.charAt(start);
        if (Character.isLetter(c)) {
            return wordEnd(text, start + 1, length);
        }
        if (Character.isDigit(c) || (c == '.' && isDigitAt(text, start + 1) && !isDigitAt(text, start - 1))) {
            return numberEnd(text, start + 1, length);
        }
        return Character.isHighSurrogate(c) && start + 1 < length ? start + 2 : start + 1;
    }

    private static int wordEnd(CharSequence text, int i, int length) {
        while (i < length) {
            char c = text.charAt(i);
            if (isAsciiLetterOrDigit(c)) {
                i++;
                continue;
            }
            boolean apostrophe = (c == '\'' || c == '’') && isLetterAt(text, i + 1);
            if (!(Character.isLetterOrDigit(c) || apostrophe || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static int numberEnd(CharSequence text, int i, int length) {
        while (i < length) {
            char c = text.charAt(i);
            boolean separator = (c == ',' || c == '.') && isDigitAt(text, i + 1);
            if (!(Character.isDigit(c) || separator)) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static boolean isDigitAt(CharSequence text, int i) {
        return i >= 0 && i < text.length() && Character.isDigit(text.charAt(i));
    }

    private static boolean isLetterAt(CharSequence text, int i) {
        return i < text.length() && Character.isLetter(text.charAt(i));
    }
}
