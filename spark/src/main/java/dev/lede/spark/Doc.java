package dev.lede.spark;

import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import java.io.Serializable;
import java.util.TreeMap;

/**
 * One document as it travels between Spark's machines: its place in the corpus ({@code index},
 * the order {@link SparkCorpus#collect()} restores), id, text, metadata and source. Lede's
 * {@link Document} is made from it where the work runs.
 */
record Doc(long index, String id, String text, TreeMap<String, String> metadata, String source)
        implements Serializable {

    static Doc of(long index, Document d) {
        return new Doc(index, d.id(), d.text(), new TreeMap<>(d.metadata().asMap()), d.source());
    }

    Document document() {
        return new Document(id, text, Metadata.of(metadata), source);
    }

    String get(String field) {
        return metadata.get(field);
    }
}
