package dev.lede.maps;

import java.util.Objects;

/**
 * Settings of a {@link DocumentMap}: the method, the seed of its random start, and the method's own
 * settings. Immutable; made by {@link #of(MapMethod)} or {@link #builder()}.
 *
 * <pre>{@code
 * MapOptions o = MapOptions.builder().method(MapMethod.TSNE).perplexity(10).seed(7).build();
 * }</pre>
 */
public final class MapOptions {

    /** The seed when none is given. */
    public static final long DEFAULT_SEED = 42;

    private final MapMethod method;
    private final long seed;
    private final double perplexity;
    private final int iterations;
    private final int neighbours;

    private MapOptions(Builder b) {
        this.method = b.method;
        this.seed = b.seed;
        this.perplexity = b.perplexity;
        this.iterations = b.iterations;
        this.neighbours = b.neighbours;
    }

    /** {@code method} with the default seed and settings. */
    public static MapOptions of(MapMethod method) {
        return builder().method(method).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public MapMethod method() {
        return method;
    }

    public long seed() {
        return seed;
    }

    /** t-SNE's perplexity; 0 = automatic, min(30, (n - 1) / 3). */
    public double perplexity() {
        return perplexity;
    }

    /** Iterations of t-SNE (default 1000) or UMAP (default 500); 0 = the default. */
    public int iterations() {
        return iterations;
    }

    /** UMAP's neighbours per document; 0 = automatic, min(15, n - 1). */
    public int neighbours() {
        return neighbours;
    }

    @Override
    public String toString() {
        return method + " seed=" + seed + (perplexity > 0 ? " perplexity=" + perplexity : "")
                + (iterations > 0 ? " iterations=" + iterations : "") + (neighbours > 0 ? " neighbours=" + neighbours : "");
    }

    /** Builder of {@link MapOptions}; every setting has a default. */
    public static final class Builder {
        private MapMethod method = MapMethod.MDS;
        private long seed = DEFAULT_SEED;
        private double perplexity;
        private int iterations;
        private int neighbours;

        private Builder() {
        }

        public Builder method(MapMethod method) {
            this.method = Objects.requireNonNull(method, "method");
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder perplexity(double perplexity) {
            if (!(perplexity > 0) || Double.isInfinite(perplexity)) {
                throw new IllegalArgumentException("perplexity must be a positive number, got " + perplexity);
            }
            this.perplexity = perplexity;
            return this;
        }

        public Builder iterations(int iterations) {
            if (iterations < 10) {
                throw new IllegalArgumentException("iterations must be at least 10, got " + iterations);
            }
            this.iterations = iterations;
            return this;
        }

        public Builder neighbours(int neighbours) {
            if (neighbours < 2) {
                throw new IllegalArgumentException("neighbours must be at least 2, got " + neighbours);
            }
            this.neighbours = neighbours;
            return this;
        }

        public MapOptions build() {
            return new MapOptions(this);
        }
    }
}
