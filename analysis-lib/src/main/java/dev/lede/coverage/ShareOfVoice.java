package dev.lede.coverage;

import dev.lede.display.Tables;
import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import dev.lede.display.Chart;
import dev.lede.display.Rendering;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Share of voice: how often each named actor is mentioned, per document and per metadata group,
 * as a count and as a share of all mentions of the named actors there. A mention is a whole-word
 * match of the actor's name or an alias ({@link Actors}); overlapping names count once, the
 * longest first ("North Korea" is not also "Korea"). Immutable.
 *
 * <p>Share = 100 &times; mentions of the actor / mentions of all the named actors in the same
 * document or group; NaN where none of them is mentioned (a share of nothing is undefined, not 0).
 *
 * <p>Tables, rows in corpus (or group) order then actor order:
 * <ul>
 *   <li>{@link #table()}: {@value #DOCUMENT}, {@value #ACTOR} (string), {@value #MENTIONS} (int),
 *       {@value #SHARE_PERCENT} (double);</li>
 *   <li>{@link #byGroup(String)}: {@value #GROUP}, {@value #ACTOR} (string), {@value #DOCUMENTS},
 *       {@value #MENTIONS} (int), {@value #SHARE_PERCENT} (double);</li>
 *   <li>{@link #totals()}: {@value #ACTOR}, {@value #MENTIONS}, {@value #SHARE_PERCENT};</li>
 *   <li>{@link #mentions()}: {@value #DOCUMENT}, {@value #ACTOR}, {@value #TEXT} (string, as
 *       written), {@value #START}, {@value #END} (int, UTF-16 offsets).</li>
 * </ul>
 *
 * <pre>{@code
 * ShareOfVoice sov = ShareOfVoice.of(corpus, Actors.chinaRussiaNorthKorea());
 * sov.totals();
 * sov.byGroup(Metadata.OUTLET);
 * sov.count("002", "China");
 * sov.chart(Metadata.OUTLET);
 * }</pre>
 */
public final class ShareOfVoice implements Renderable {

    public static final String DOCUMENT = "document";
    public static final String ACTOR = "actor";
    public static final String MENTIONS = "mentions";
    public static final String SHARE_PERCENT = "share_percent";
    public static final String GROUP = "group";
    public static final String DOCUMENTS = "documents";
    public static final String TEXT = "text";
    public static final String START = "start";
    public static final String END = "end";

    /** One mention: the document, the actor, the words as written and their span. */
    public record Mention(String document, String actor, String text, Span span) {
    }

    private final Corpus corpus;
    private final Actors actors;
    private final List<Mention> mentions;
    private final int[][] counts; // [document][actor]

    private ShareOfVoice(Corpus corpus, Actors actors, List<Mention> mentions, int[][] counts) {
        this.corpus = corpus;
        this.actors = actors;
        this.mentions = List.copyOf(mentions);
        this.counts = counts;
    }

    /** Counts the mentions of {@code actors} in every document of {@code corpus}. */
    public static ShareOfVoice of(Corpus corpus, Actors actors) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(actors, "actors");
        MentionFinder finder = new MentionFinder(actors.phrases());
        List<String> names = actors.names();
        List<Mention> all = new ArrayList<>();
        int[][] counts = new int[corpus.size()][names.size()];
        for (int d = 0; d < corpus.size(); d++) {
            Document doc = corpus.document(d);
            for (MentionFinder.Match m : finder.find(doc.text())) {
                all.add(new Mention(doc.id(), m.actor(), m.span().of(doc.text()), m.span()));
                counts[d][names.indexOf(m.actor())]++;
            }
        }
        return new ShareOfVoice(corpus, actors, all, counts);
    }

    public Actors actors() {
        return actors;
    }

    /** Every mention, in corpus order then text order. */
    public List<Mention> mentionList() {
        return mentions;
    }

    /** Mentions of {@code actor} in document {@code documentId}. */
    public int count(String documentId, String actor) {
        int d = corpus.ids().indexOf(corpus.document(documentId).id());
        return counts[d][actorIndex(actor)];
    }

    /** Mentions of {@code actor} in the whole corpus. */
    public int count(String actor) {
        int a = actorIndex(actor);
        int n = 0;
        for (int[] c : counts) {
            n += c[a];
        }
        return n;
    }

    /** The share of {@code actor} among the named actors' mentions in the whole corpus, in percent; empty when none. */
    public OptionalDouble share(String actor) {
        int a = actorIndex(actor);
        long total = 0;
        for (int[] c : counts) {
            for (int v : c) {
                total += v;
            }
        }
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * count(actors.names().get(a)) / total);
    }

    private int actorIndex(String actor) {
        int a = actors.names().indexOf(Objects.requireNonNull(actor, "actor"));
        if (a < 0) {
            throw new IllegalArgumentException("no actor '" + actor + "'; actors are " + actors.names());
        }
        return a;
    }

    /** Per document and actor, as described in the class comment. */
    public Table table() {
        StringColumn doc = StringColumn.create(DOCUMENT);
        StringColumn actor = StringColumn.create(ACTOR);
        IntColumn n = IntColumn.create(MENTIONS);
        DoubleColumn share = DoubleColumn.create(SHARE_PERCENT);
        List<String> names = actors.names();
        for (int d = 0; d < corpus.size(); d++) {
            int total = 0;
            for (int v : counts[d]) {
                total += v;
            }
            for (int a = 0; a < names.size(); a++) {
                doc.append(corpus.document(d).id());
                actor.append(names.get(a));
                n.append(counts[d][a]);
                share.append(total == 0 ? Double.NaN : 100.0 * counts[d][a] / total);
            }
        }
        return Table.create("share of voice by document", doc, actor, n, share);
    }

    /**
     * Per value of metadata {@code field} (sorted; "" for documents without it) and actor, as
     * described in the class comment.
     */
    public Table byGroup(String field) {
        Objects.requireNonNull(field, "field");
        TreeMap<String, int[]> sums = new TreeMap<>();
        TreeMap<String, Integer> docs = new TreeMap<>();
        List<String> names = actors.names();
        for (int d = 0; d < corpus.size(); d++) {
            String g = corpus.document(d).metadata().get(field, "");
            int[] s = sums.computeIfAbsent(g, k -> new int[names.size()]);
            for (int a = 0; a < names.size(); a++) {
                s[a] += counts[d][a];
            }
            docs.merge(g, 1, Integer::sum);
        }
        StringColumn group = StringColumn.create(GROUP);
        StringColumn actor = StringColumn.create(ACTOR);
        IntColumn nd = IntColumn.create(DOCUMENTS);
        IntColumn n = IntColumn.create(MENTIONS);
        DoubleColumn share = DoubleColumn.create(SHARE_PERCENT);
        for (Map.Entry<String, int[]> e : sums.entrySet()) {
            int total = 0;
            for (int v : e.getValue()) {
                total += v;
            }
            for (int a = 0; a < names.size(); a++) {
                group.append(e.getKey());
                actor.append(names.get(a));
                nd.append(docs.get(e.getKey()));
                n.append(e.getValue()[a]);
                share.append(total == 0 ? Double.NaN : 100.0 * e.getValue()[a] / total);
            }
        }
        return Table.create("share of voice by " + field, group, actor, nd, n, share);
    }

    /** Per actor over the whole corpus. */
    public Table totals() {
        return Tables.of("share of voice", actors.names(),
                Tables.text(ACTOR, name -> name),
                Tables.integer(MENTIONS, this::count),
                Tables.decimal(SHARE_PERCENT, name -> share(name).orElse(Double.NaN)));
    }

    /** Every mention, as described in the class comment. */
    public Table mentions() {
        return Tables.of("mentions", mentions,
                Tables.text(DOCUMENT, Mention::document),
                Tables.text(ACTOR, Mention::actor),
                Tables.text(TEXT, Mention::text),
                Tables.integer(START, m -> m.span().start()),
                Tables.integer(END, m -> m.span().end()));
    }

    /**
     * The mentions of each actor in each document as {@link CoverageUnit#MENTIONS} measures, in
     * {@link #table()} order: outlet from the document's metadata, story the actor, date the
     * published date, precision 0, provenance the document.
     */
    public CoverageMeasures toMeasures() {
        List<CoverageMeasure> out = new ArrayList<>();
        List<String> names = actors.names();
        for (int d = 0; d < corpus.size(); d++) {
            Document doc = corpus.document(d);
            for (int a = 0; a < names.size(); a++) {
                out.add(new CoverageMeasure(doc.metadata().get(Metadata.OUTLET, ""), names.get(a),
                        doc.metadata().published().orElse(null), CoverageUnit.MENTIONS, counts[d][a],
                        OptionalDouble.of(0), CoverageMeasure.Provenance.document(doc.id(),
                        new Span(0, doc.text().length()))));
            }
        }
        return CoverageMeasures.of(out);
    }

    /**
     * A stacked bar per value of metadata {@code field} (sorted; "(none)" for documents without
     * it): each actor's share of the mentions there, labelled in whole percent. Deterministic SVG
     * with every label escaped.
     */
    public Chart chart(String field) {
        Table g = byGroup(field);
        List<String> names = actors.names();
        List<String> groups = new ArrayList<>();
        for (int r = 0; r < g.rowCount(); r += names.size()) {
            groups.add(g.stringColumn(GROUP).get(r));
        }
        double[][] shares = new double[groups.size()][names.size()];
        for (int r = 0; r < g.rowCount(); r++) {
            shares[r / names.size()][r % names.size()] = g.doubleColumn(SHARE_PERCENT).getDouble(r);
        }
        return CoverageCharts.stackedShares("Share of voice by " + field, groups, names, shares);
    }

    /** The corpus totals and the per-document table, escaped in HTML. */
    @Override
    public MimeBundle toMimeBundle() {
        String caption = "Share of voice: " + mentions.size() + " mentions of " + actors.names().size()
                + " actors in " + corpus.size() + " documents";
        Table totals = totals();
        Table perDoc = table();
        return MimeBundle.builder()
                .text(Rendering.text(totals, caption) + "\n" + Rendering.text(perDoc, "By document"))
                .html("<div class=\"lede-share-of-voice\">" + Rendering.html(totals, caption)
                        + Rendering.html(perDoc, "By document") + "</div>")
                .build();
    }

    @Override
    public String toString() {
        return toMimeBundle().get(MimeBundle.TEXT_PLAIN);
    }
}
