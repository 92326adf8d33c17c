package dev.lede.maps;

/**
 * How a {@link DocumentMap} places documents on the plane (all three are Smile's).
 *
 * <pre>{@code
 * DocumentMap.of(distances, MapOptions.of(MapMethod.TSNE));
 * }</pre>
 */
public enum MapMethod {
    /**
     * Classical (Torgerson) multidimensional scaling: the two leading eigenvectors of the
     * double-centred squared distances. No randomness; keeps large distances best.
     */
    MDS,
    /**
     * t-distributed stochastic neighbour embedding (exact, O(n&sup2;) per iteration): keeps each
     * document's near neighbours together; distances between groups mean little.
     */
    TSNE,
    /**
     * Uniform manifold approximation and projection on a k-nearest-neighbour graph of the distances:
     * like t-SNE keeps neighbourhoods; maps only the largest connected part of the graph
     * ({@link DocumentMap#omitted()} lists the rest). Smile's algorithm and constants, run by Lede with
     * every random choice drawn from the seed and a spectral start computed in plain Java (Smile's own
     * UMAP starts from ARPACK with a start vector that cannot be seeded), so the same seed gives the
     * same map byte for byte at any thread count.
     */
    UMAP
}
