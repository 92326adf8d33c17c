/**
 * Sentence embeddings: a sentence-embedding model (all-MiniLM-L6-v2, quantised ONNX) that maps a
 * sentence to a 384-dimensional unit vector, so that sentences saying the same thing in other words
 * lie close together. Loaded only when asked for; {@code dev.lede.reuse} uses it for paraphrase reuse.
 *
 * <p>Entry point: {@link dev.lede.semantic.SentenceEmbeddings}.
 *
 * <pre>{@code
 * SentenceEmbeddings model = SentenceEmbeddings.load();
 * model.similarity("The port closed.", "Dockers shut the harbour.");
 * }</pre>
 */
package dev.lede.semantic;
