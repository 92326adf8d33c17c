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
     * like t-SNE keeps neighbourhoods; needs the neighbour graph to be connected.
     */
    UMAP
}
