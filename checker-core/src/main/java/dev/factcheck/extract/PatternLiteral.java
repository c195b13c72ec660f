package dev.factcheck.extract;

import java.util.Optional;

/**
 * The literal a regular expression's every match starts with, read from the pattern's text without compiling it:
 * after leading flags ({@code (?i)}), word boundaries and {@code ^}, the longest run of ASCII letters, digits and
 * spaces, less its last character when a quantifier makes that one optional ({@code casualt(y|ies)} gives {@code
 * casualt}, {@code deaths?} gives {@code death}). None when the pattern is an alternation at its top level or starts
 * with anything else. Conservative: a pattern it cannot read is given no literal, so it is always run. Internal.
 */
final class PatternLiteral {
    private PatternLiteral() {}

    static Optional<String> leading(String pattern) {
        if (hasTopLevelAlternation(pattern)) {
            return Optional.empty();
        }
        int i = skipPrefix(pattern);
        int start = i;
        while (i < pattern.length() && isLiteral(pattern.charAt(i))) {
            i++;
        }
        int end = i < pattern.length() && "?*{".indexOf(pattern.charAt(i)) >= 0 ? i - 1 : i;
        return end > start ? Optional.of(pattern.substring(start, end)) : Optional.empty();
    }

    /** The index after leading flag groups such as {@code (?i)}, {@code \b} and {@code ^}. */
    private static int skipPrefix(String pattern) {
        int i = 0;
        while (true) {
            if (pattern.startsWith("\\b", i)) {
                i += 2;
            } else if (pattern.startsWith("^", i)) {
                i++;
            } else if (pattern.startsWith("(?", i) && isFlagGroup(pattern, i + 2)) {
                i = pattern.indexOf(')', i) + 1;
            } else {
                return i;
            }
        }
    }

    /** Whether the group at {@code from} holds only flags and closes ({@code i)}, {@code im)}, {@code -i)}). */
    private static boolean isFlagGroup(String pattern, int from) {
        int i = from;
        while (i < pattern.length() && (Character.isLetter(pattern.charAt(i)) || pattern.charAt(i) == '-')) {
            i++;
        }
        return i > from && i < pattern.length() && pattern.charAt(i) == ')';
    }

    private static boolean hasTopLevelAlternation(String pattern) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLiteral(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ';
    }
}
