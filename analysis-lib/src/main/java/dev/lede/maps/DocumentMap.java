package dev.lede.maps;

import dev.lede.display.Rendering;
import dev.lede.corpus.Corpus;
import dev.lede.display.Chart;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import dev.lede.vectors.DistanceMatrix;
import dev.lede.vectors.DocumentTermMatrix;
import dev.lede.vectors.Similarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A map of a corpus: every document placed on a plane so that documents close by their distances
 * (or their TF-IDF vectors) land close together, by Smile's MDS, t-SNE or UMAP. Immutable; the same
 * input and {@link MapOptions} (seed included) give the same map, coordinate for coordinate.
 *
 * <p><b>A map distorts distances.</b> Two dimensions cannot hold the distances of many documents: MDS
 * keeps the large distances best and squeezes the small ones; t-SNE and UMAP keep each document's near
 * neighbours together but say little by the gaps between groups or by the size of a group. Two
 * figures say how far to trust a map: {@link #trustworthiness()} (are the neighbours on the map
 * neighbours in fact? 1 = all) and {@link #stress()} (how much of the distances the map loses after
 * scaling; 0 = none, above 0.2 poor). Read the distances themselves before reporting a closeness.
 *
 * <pre>{@code
 * DocumentMap map = DocumentMap.of(Similarity.cosineDistances(tfidf), MapOptions.of(MapMethod.MDS))
 *         .labelledBy(corpus, "section");
 * map.toTable();          // id, x, y, label
 * map.chart();            // SVG scatter, one colour per section
 * map.trustworthiness();  // 0..1
 * }</pre>
 */
public final class DocumentMap implements Renderable {

    /** Column of {@link #toTable()}: document id (string). */
    public static final String ID = "id";
    /** Column of {@link #toTable()}: horizontal coordinate (double). */
    public static final String X = "x";
    /** Column of {@link #toTable()}: vertical coordinate (double). */
    public static final String Y = "y";
    /** Column of {@link #toTable()}: the metadata value the points are coloured by (string; absent without labels). */
    public static final String LABEL = "label";
    /** What an unlabelled document's label reads. */
    public static final String NO_LABEL = "(none)";

    private final List<String> ids;
    private final List<String> omitted;
    private final double[][] distances;
    private final double[] x;
    private final double[] y;
    private final MapOptions options;
    private final String labelField;
    private final List<String> labels;

    private DocumentMap(List<String> ids, List<String> omitted, double[][] distances, double[] x, double[] y, MapOptions options,
                        String labelField, List<String> labels) {
        this.ids = ids;
        this.omitted = omitted;
        this.distances = distances;
        this.x = x;
        this.y = y;
        this.options = options;
        this.labelField = labelField;
        this.labels = labels;
    }

    /** A map of the documents at these distances. */
    public static DocumentMap of(DistanceMatrix distances, MapOptions options) {
        Objects.requireNonNull(distances, "distances");
        Objects.requireNonNull(options, "options");
        double[][] all = distances.toArray();
        double[][] xy = Projections.project(all, options);
        List<Integer> kept = new ArrayList<>();
        List<String> omitted = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            if (xy[i] != null) {
                kept.add(i);
            } else {
                omitted.add(distances.ids().get(i));
            }
        }
        int n = kept.size();
        double[][] d = new double[n][n];
        double[] x = new double[n];
        double[] y = new double[n];
        List<String> ids = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            int i = kept.get(a);
            ids.add(distances.ids().get(i));
            // + 0.0 turns -0.0 into 0.0, so tables print the same whichever way a sign fell
            x[a] = xy[i][0] + 0.0;
            y[a] = xy[i][1] + 0.0;
            for (int b = 0; b < n; b++) {
                d[a][b] = all[i][kept.get(b)];
            }
        }
        return new DocumentMap(List.copyOf(ids), List.copyOf(omitted), d, x, y, options, null, null);
    }

    /** A map of the documents of a TF-IDF (or any) matrix, by the cosine distances of its rows. */
    public static DocumentMap of(DocumentTermMatrix matrix, MapOptions options) {
        Objects.requireNonNull(matrix, "matrix");
        return of(Similarity.cosineDistances(matrix), options);
    }

    /** The same map with each point labelled (and coloured) by the metadata {@code field} of its document. */
    public DocumentMap labelledBy(Corpus corpus, String field) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(field, "field");
        List<String> l = new ArrayList<>(ids.size());
        for (String id : ids) {
            if (!corpus.contains(id)) {
                throw new IllegalArgumentException("document '" + id + "' of the map is not in the corpus "
                        + "given for its labels: give the corpus the map was made from");
            }
            String v = corpus.document(id).get(field);
            l.add(v == null || v.isEmpty() ? NO_LABEL : v);
        }
        return new DocumentMap(ids, omitted, distances, x, y, options, field, List.copyOf(l));
    }

    /** The same map with the labels given per document id (documents without one read {@link #NO_LABEL}). */
    public DocumentMap labelledBy(String name, Map<String, String> labelOfId) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(labelOfId, "labelOfId");
        List<String> l = new ArrayList<>(ids.size());
        for (String id : ids) {
            String v = labelOfId.get(id);
            l.add(v == null || v.isEmpty() ? NO_LABEL : v);
        }
        return new DocumentMap(ids, omitted, distances, x, y, options, name, List.copyOf(l));
    }

    public List<String> ids() {
        return ids;
    }

    /**
     * Documents left off the map: UMAP maps only the largest connected part of its neighbour graph
     * (more {@link MapOptions.Builder#neighbours neighbours} connect more); empty for MDS and t-SNE.
     */
    public List<String> omitted() {
        return omitted;
    }

    public MapOptions options() {
        return options;
    }

    public int size() {
        return ids.size();
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** Trustworthiness with k = min(5, ceil(n/2) - 1) neighbours. */
    public double trustworthiness() {
        return trustworthiness(Math.max(1, Math.min(5, (ids.size() + 1) / 2 - 1)));
    }

    /**
     * Trustworthiness of the map with {@code k} neighbours, as scikit-learn's
     * {@code sklearn.manifold.trustworthiness(distances, xy, n_neighbors=k, metric="precomputed")}:
     * 1 less a penalty for each map neighbour that is not a neighbour by the original distances,
     * growing with its original rank. 1 = every neighbourhood on the map is a true one.
     */
    public double trustworthiness(int k) {
        return Projections.trustworthiness(distances, coordinates(), k);
    }

    /** Kruskal's stress-1 of the map's distances against the original ones, after the best scaling (0 = exact). */
    public double stress() {
        return Projections.stress(distances, coordinates());
    }

    private double[][] coordinates() {
        double[][] xy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            xy[i] = new double[] {x[i], y[i]};
        }
        return xy;
    }

    /** Columns id, x, y and (when labelled) label: one row per mapped document in the order of the distances. */
    public Table toTable() {
        Table t = Table.create("map (" + options.method() + ")", StringColumn.create(ID, ids),
                DoubleColumn.create(X, x), DoubleColumn.create(Y, y));
        if (labels != null) {
            t.addColumns(StringColumn.create(LABEL, labels));
        }
        return t;
    }

    /** The scatter chart, points labelled by id when there are at most 60 documents. */
    public Chart chart() {
        return chart(ids.size() <= 60);
    }

    /** The scatter chart, coloured by label (legend in label order), with or without each point's id. */
    public Chart chart(boolean pointLabels) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        if (labels == null) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                all.add(i);
            }
            groups.put("documents", all);
        } else {
            Map<String, List<Integer>> sorted = new TreeMap<>();
            for (int i = 0; i < ids.size(); i++) {
                sorted.computeIfAbsent(labels.get(i), k -> new ArrayList<>()).add(i);
            }
            groups.putAll(sorted);
        }
        String title = "Map of " + ids.size() + " documents (" + options.method() + ")"
                + (labelField == null ? "" : " by " + labelField);
        String subtitle = String.format(Locale.ROOT, "trustworthiness %.3f, stress %.3f; a map distorts distances",
                trustworthiness(), stress());
        return MapChart.draw(title, subtitle, ids, x, y, groups, pointLabels);
    }

    @Override
    public MimeBundle toMimeBundle() {
        Table t = toTable();
        String caption = toString();
        return Rendering.table(t, caption);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DocumentMap[%d documents%s, %s, trustworthiness %.3f]", ids.size(),
                omitted.isEmpty() ? "" : " (" + omitted.size() + " left off)", options, trustworthiness());
    }
}
