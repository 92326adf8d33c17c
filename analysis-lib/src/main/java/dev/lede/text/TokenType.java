package dev.lede.text;

/** The kind of a token, from the Unicode word-break rule status plus Lede's own URL and emoji rules. */
public enum TokenType {
    /** Letters (any alphabetic script, including hyphenated and apostrophe forms). */
    WORD,
    /** Digits, with internal separators as in "1,000" or "19.06.2024". */
    NUMBER,
    /** Chinese ideographs, segmented by dictionary. */
    IDEOGRAPHIC,
    /** Japanese kana, segmented by dictionary. */
    KANA,
    /** A web address. */
    URL,
    /** An emoji or other pictographic symbol. */
    EMOJI
}
