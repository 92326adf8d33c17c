package dev.lede.reuse;

/**
 * How {@link TextReuse} finds the document pairs it aligns.
 *
 * <pre>{@code
 * TextReuse.builder().candidates(CandidateSearch.MINHASH).build();
 * }</pre>
 */
public enum CandidateSearch {
    /** {@link #EXACT} up to {@link TextReuse#DEFAULT_EXACT_UP_TO} documents, {@link #MINHASH} above. */
    AUTO,
    /** Every pair that shares at least one (not too common) shingle: finds every passage. */
    EXACT,
    /**
     * MinHash signatures with locality-sensitive hashing (bands &times; rows): pairs whose shingle
     * sets have a Jaccard similarity well above {@code (1/bands)^(1/rows)} are found with high
     * probability; a short passage shared by two long documents can be missed.
     */
    MINHASH
}
