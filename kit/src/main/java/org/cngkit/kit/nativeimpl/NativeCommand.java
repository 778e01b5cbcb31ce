package org.cngkit.kit.nativeimpl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the {@code certify --native "CMD"} string into words the way a POSIX shell would for simple cases:
 * whitespace separates words, single or double quotes keep spaces inside a word. A backslash is an ordinary
 * character, so that Windows paths ({@code C:\cngkit\cngkit-harness.exe}) need no quoting. No variables, globs
 * or pipes.
 */
public final class NativeCommand {
    private NativeCommand() {
    }

    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unbalanced " + quote + " in --native \"" + line + "\"");
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("--native needs a command, e.g. \"wine harness/target/cngkit-harness.exe\"");
        }
        return words;
    }
}
