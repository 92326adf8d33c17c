/**
 * Text of one document: tokens, sentences, stopwords, stemming and languages. Nothing here knows
 * about corpora.
 *
 * <p>Entry points: {@link dev.lede.text.Tokenizer} (Unicode word boundaries, with URLs, e-mail
 * addresses, hashtags, emoji and numbers as their own token types), {@link dev.lede.text.DocumentTokens}
 * (the tokens of one text with their character offsets, and the steps that reshape them),
 * {@link dev.lede.text.Sentences}, {@link dev.lede.text.Stopwords} and {@link dev.lede.text.Language}.
 *
 * <pre>{@code
 * DocumentTokens t = Tokenizer.standard().tokenize("Putin’s 20-second visit");
 * t.terms(); // [putin’s, 20-second, visit]
 * }</pre>
 */
package dev.lede.text;
