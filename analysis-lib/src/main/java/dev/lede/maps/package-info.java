/**
 * Maps of a corpus: documents placed on a plane by Smile's MDS, t-SNE or UMAP from their distances,
 * as a table (id, x, y, label) and a scatter chart, with how far to trust the map
 * (trustworthiness, stress). A map distorts distances; see {@link dev.lede.maps.DocumentMap}.
 *
 * <p>Entry points: {@link dev.lede.maps.DocumentMap}, {@link dev.lede.maps.MapOptions},
 * {@link dev.lede.maps.MapMethod}.
 *
 * <pre>{@code
 * DocumentMap.of(tfidf, MapOptions.of(MapMethod.TSNE)).labelledBy(corpus, "section").chart();
 * }</pre>
 */
package dev.lede.maps;
