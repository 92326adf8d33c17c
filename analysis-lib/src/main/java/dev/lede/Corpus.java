package dev.lede;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * An ordered, immutable collection of {@link Document}s with unique ids: the start of every
 * analysis chain (corpus &rarr; tokens &rarr; document-term matrix &rarr; statistic).
 *
 * <pre>{@code
 * Corpus c = Corpus.of(List.of(Document.of("a", "Putin visits Pyongyang."),
 *                              Document.of("b", "China watches.")));
 * Tokens t = c.tokens();
 * }</pre>
 */
public final class Corpus {

    private final List<Document> documents;
    private final Map<String, Integer> index;

    private Corpus(List<Document> documents) {
        this.documents = List.copyOf(documents);
        Map<String, Integer> idx = new LinkedHashMap<>();
        for (int i = 0; i < this.documents.size(); i++) {
            Document d = this.documents.get(i);
            Integer prev = idx.putIfAbsent(d.id(), i);
            if (prev != null) {
                throw new IllegalArgumentException("duplicate document id '" + d.id() + "' (sources '"
                        + this.documents.get(prev).source() + "' and '" + d.source()
                        + "'): give every document its own id");
            }
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    /** A corpus of these documents, in this order; ids must be unique. */
    public static Corpus of(List<Document> documents) {
        Objects.requireNonNull(documents, "documents");
        documents.forEach(d -> Objects.requireNonNull(d, "document"));
        return new Corpus(documents);
    }

    public static Corpus of(Document... documents) {
        return of(List.of(documents));
    }

    public List<Document> documents() {
        return documents;
    }

    public int size() {
        return documents.size();
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }

    public Document document(int i) {
        return documents.get(i);
    }

    /** The document with this id; {@link IllegalArgumentException} naming the id when absent. */
    public Document document(String id) {
        Integer i = index.get(Objects.requireNonNull(id, "id"));
        if (i == null) {
            throw new IllegalArgumentException("no document with id '" + id + "' in this corpus of "
                    + documents.size() + " documents");
        }
        return documents.get(i);
    }

    public boolean contains(String id) {
        return index.containsKey(id);
    }

    /** The ids, in corpus order. */
    public List<String> ids() {
        return documents.stream().map(Document::id).toList();
    }

    /** The documents that match, in corpus order. */
    public Corpus filter(Predicate<Document> keep) {
        Objects.requireNonNull(keep, "keep");
        return new Corpus(documents.stream().filter(keep).toList());
    }

    /** The documents whose metadata {@code field} equals {@code value}. */
    public Corpus where(String field, String value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        return filter(d -> value.equals(d.get(field)));
    }

    /** The documents whose metadata {@code field} does not equal {@code value} (absent counts as not equal). */
    public Corpus whereNot(String field, String value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        return filter(d -> !value.equals(d.get(field)));
    }

    /** The documents with these ids, in corpus order; unknown ids are an error. */
    public Corpus select(List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        for (String id : ids) {
            document(id);
        }
        return filter(d -> wanted.contains(d.id()));
    }

    /**
     * Groups by a metadata field, groups sorted by value; documents without the field go to the
     * group named by {@code missing}.
     */
    public SortedMap<String, Corpus> groupBy(String field, String missing) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(missing, "missing");
        TreeMap<String, List<Document>> groups = new TreeMap<>();
        for (Document d : documents) {
            groups.computeIfAbsent(d.metadata().get(field, missing), k -> new ArrayList<>()).add(d);
        }
        TreeMap<String, Corpus> out = new TreeMap<>();
        groups.forEach((k, v) -> out.put(k, new Corpus(v)));
        return Collections.unmodifiableSortedMap(out);
    }

    /** Groups by a metadata field; documents without it go to the group {@code ""}. */
    public SortedMap<String, Corpus> groupBy(String field) {
        return groupBy(field, "");
    }

    /** This corpus followed by {@code other}; ids must stay unique. */
    public Corpus concat(Corpus other) {
        List<Document> all = new ArrayList<>(documents);
        all.addAll(other.documents);
        return new Corpus(all);
    }

    /** Tokens of every document with the {@link Tokenizer#standard() standard} tokenizer. */
    public Tokens tokens() {
        return Tokenizer.standard().tokenize(this);
    }

    /** Tokens of every document with the given tokenizer. */
    public Tokens tokens(Tokenizer tokenizer) {
        return Objects.requireNonNull(tokenizer, "tokenizer").tokenize(this);
    }

    @Override
    public String toString() {
        return "Corpus[" + documents.size() + " documents]";
    }
}
