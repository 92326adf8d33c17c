package dev.lede.coverage;

import dev.lede.text.DocumentTokens;
import dev.lede.text.Sentences;
import dev.lede.text.TokenType;
import dev.lede.text.Tokenizer;
import java.util.EnumSet;
import java.util.Set;

/** Length counts of one text; a pure function of the text. */
final class Lengths {

    private static final Set<TokenType> WORD_TYPES =
            EnumSet.of(TokenType.WORD, TokenType.NUMBER, TokenType.IDEOGRAPHIC, TokenType.KANA);

    /** Words, characters, sentences and paragraphs of one text. */
    public record Counts(int words, int characters, int sentences, int paragraphs) {
    }

    private Lengths() {
    }

    public static Counts of(String text) {
        DocumentTokens tokens = Tokenizer.standard().tokenize(text);
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (WORD_TYPES.contains(tokens.type(i))) {
                words++;
            }
        }
        return new Counts(words, characters(text), Sentences.split(text).size(), paragraphs(text));
    }

    /** Code points that are not white space (Unicode White_Space, so no-break spaces do not count either). */
    public static int characters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!com.ibm.icu.lang.UCharacter.isUWhiteSpace(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /**
     * Paragraphs: when the text has a blank line, the blocks between blank lines; otherwise its
     * non-blank lines (news sites often put one paragraph on each line with no blank line between).
     */
    public static int paragraphs(String text) {
        String[] lines = text.split("\r\n|[\n\r\u0085\u2028\u2029]", -1);
        boolean hasBlank = false;
        boolean seenText = false;
        for (String line : lines) {
            if (line.isBlank()) {
                if (seenText) {
                    hasBlank = true;
                }
            } else {
                seenText = true;
            }
        }
        int n = 0;
        boolean inBlock = false;
        for (String line : lines) {
            if (line.isBlank()) {
                inBlock = false;
            } else if (!hasBlank || !inBlock) {
                n++;
                inBlock = true;
            }
        }
        return n;
    }
}
