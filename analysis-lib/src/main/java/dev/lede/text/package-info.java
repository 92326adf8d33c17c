/**
 * Text of one document: tokens, sentences, stopwords, stemming and languages. Nothing here knows
 * about corpora.
 *
 * <p>Entry points: {@link dev.lede.text.Tokenizer} (Unicode word boundaries, with URLs, e-mail
 * addresses, hashtags, emoji and numbers as their own token types), {@link dev.lede.text.DocumentTokens}
 * (the tokens of one text with their character offsets, and the steps that reshape them),
 * {@link dev.lede.text.Sentences}, {@link dev.lede.text.Stopwords} and {@link dev.lede.text.Language}.
 * Given a text's language, the tokenizer segments Chinese, Japanese and Korean into words (Lucene's
 * SmartCN, Kuromoji and Nori, each loaded with the first text of its language) and splits French,
 * Italian and Catalan elision; invisible characters (soft hyphen, zero-width, BOM, bidi controls)
 * never split or change a word, and terms are NFKC case folded.
 *
 * <pre>{@code
 * DocumentTokens t = Tokenizer.standard().tokenize("Putin’s 20-second visit");
 * t.terms(); // [putin, 20-second, visit]
 * Tokenizer.standard().tokenize("普京抵达平壤与金正恩会谈", Language.CHINESE).terms(); // [普京, 抵达, 平壤, 与, 金正恩, 会谈]
 * }</pre>
 */
package dev.lede.text;
