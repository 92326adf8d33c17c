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
     * ({@link DocumentMap#omitted()} lists the rest). <b>Not reproducible</b>: Smile's UMAP starts from
     * a spectral layout computed by ARPACK, whose random start vector cannot be seeded and carries over
     * from call to call, and its optimisation amplifies the difference, so two runs give different
     * maps whatever the seed. Use it to explore; report from MDS or t-SNE, which repeat exactly.
     */
    UMAP
}
