/**
 * Documents as vectors: TF-IDF document-term matrices, cosine similarity, distances and
 * clustering (spherical k-means, hierarchical linkage with dendrograms).
 *
 * <p>Entry points: {@link dev.lede.vectors.DocumentTermMatrix}, {@link dev.lede.vectors.Similarity},
 * {@link dev.lede.vectors.DistanceMatrix}, {@link dev.lede.vectors.KMeansClustering},
 * {@link dev.lede.vectors.HierarchicalClustering}; both clusterings give a
 * {@link dev.lede.vectors.Clustering}.
 *
 * <pre>{@code
 * DocumentTermMatrix tfidf = DocumentTermMatrix.of(corpus.tokens());
 * Similarity.cosine(tfidf).heatmap();
 * }</pre>
 */
package dev.lede.vectors;
