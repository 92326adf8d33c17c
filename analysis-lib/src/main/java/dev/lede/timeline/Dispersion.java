package dev.lede.timeline;

import dev.lede.display.Tables;
import dev.lede.display.Rendering;
import dev.lede.captions.CaptionTrack;
import dev.lede.captions.Captions;
import dev.lede.captions.Topic;
import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.display.Chart;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import dev.lede.text.DocumentTokens;
import dev.lede.text.Span;
import dev.lede.text.Tokenizer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * Where in each text a topic comes up: every hit of one or more queries with its position in its
 * document, by characters, tokens or (for captions) seconds, and a dispersion plot with each
 * document a strip and each hit a mark, as in AntConc's concordance plot or quanteda's
 * {@code textplot_xray}. Queries are words, phrases, wildcards or regular expressions, matched as
 * {@link Topic#terms} matches them (case and possessives ignored, hyphens split). Immutable.
 *
 * <p>{@link #table()}: {@value #DOCUMENT}, {@value #QUERY}, {@value #TEXT} (string, the hit as
 * written), {@value #START}, {@value #END} (int, UTF-16 offsets), {@value #POSITION} (double, in
 * the unit), {@value #LENGTH} (double, the document's length in the unit), {@value #RELATIVE}
 * (double, position / length, 0 at the start, NaN for an empty document); rows in corpus order,
 * then by position, then query order.
 *
 * <pre>{@code
 * Dispersion d = Dispersion.of(corpus, PositionUnit.TOKENS, "pariah*", "/sanction(s|ed)?/");
 * d.table();
 * d.chart();
 * Dispersion.of(Captions.load(Path.of("data/captions-evening-bulletin")), "summit").chart();
 * }</pre>
 */
public final class Dispersion implements Renderable {

    public static final String DOCUMENT = "document";
    public static final String QUERY = "query";
    public static final String TEXT = "text";
    public static final String START = "start";
    public static final String END = "end";
    public static final String POSITION = "position";
    public static final String LENGTH = "length";
    public static final String RELATIVE = "relative";

    private static final Tokenizer MATCHING = Tokenizer.builder().splitHyphens(true).build();

    /** One hit: its document, the query that found it, the text and span, and its position in the unit. */
    public record Hit(String document, String query, String text, Span span, double position) {
    }

    private final PositionUnit unit;
    private final List<String> queries;
    private final List<String> documents;
    private final double[] lengths;
    private final List<Hit> hits;
    private final java.util.Map<String, Integer> index = new java.util.HashMap<>();

    private Dispersion(PositionUnit unit, List<String> queries, List<String> documents, double[] lengths, List<Hit> hits) {
        this.unit = unit;
        this.queries = List.copyOf(queries);
        this.documents = List.copyOf(documents);
        this.lengths = lengths;
        this.hits = List.copyOf(hits);
        for (int d = 0; d < this.documents.size(); d++) {
            index.put(this.documents.get(d), d);
        }
    }

    /** Hits of {@code queries} in every document of {@code corpus}, placed by characters or tokens. */
    public static Dispersion of(Corpus corpus, PositionUnit unit, String... queries) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(unit, "unit");
        if (unit == PositionUnit.SECONDS) {
            throw new IllegalArgumentException("a corpus has no times: place hits by CHARACTERS or TOKENS, or load"
                    + " captions and use Dispersion.of(captions, queries...)");
        }
        List<Topic> topics = topics(queries);
        List<Hit> hits = new ArrayList<>();
        double[] lengths = new double[corpus.size()];
        for (int d = 0; d < corpus.size(); d++) {
            Document doc = corpus.document(d);
            int[] starts = null;
            if (unit == PositionUnit.TOKENS) {
                DocumentTokens t = MATCHING.tokenize(doc.text());
                starts = new int[t.size()];
                for (int i = 0; i < t.size(); i++) {
                    starts[i] = t.start(i);
                }
                lengths[d] = t.size();
            } else {
                lengths[d] = doc.text().length();
            }
            int[] tokenStarts = starts;
            collect(doc, queries, topics, hits, s -> tokenStarts == null ? s.start()
                    : Math.max(0, Arrays.binarySearch(tokenStarts, s.start())));
        }
        return new Dispersion(unit, List.of(queries), corpus.ids(), lengths, hits);
    }

    /** Hits of {@code queries} in every broadcast, placed by the second they are on screen. */
    public static Dispersion of(Captions captions, String... queries) {
        Objects.requireNonNull(captions, "captions");
        List<Topic> topics = topics(queries);
        List<Hit> hits = new ArrayList<>();
        double[] lengths = new double[captions.size()];
        List<String> ids = new ArrayList<>();
        for (int d = 0; d < captions.size(); d++) {
            CaptionTrack t = captions.tracks().get(d);
            ids.add(t.id());
            lengths[d] = t.cues().isEmpty() ? 0 : t.cues().get(t.cues().size() - 1).end();
            collect(t.document(), queries, topics, hits, s -> t.secondsAt(s.start()));
        }
        return new Dispersion(PositionUnit.SECONDS, List.of(queries), ids, lengths, hits);
    }

    private static List<Topic> topics(String... queries) {
        Objects.requireNonNull(queries, "queries");
        if (queries.length == 0) {
            throw new IllegalArgumentException("no queries: give one or more words, wildcards (pariah*) or regular"
                    + " expressions (/sanction(s|ed)?/)");
        }
        List<Topic> out = new ArrayList<>();
        for (String q : queries) {
            out.add(Topic.terms(Objects.requireNonNull(q, "query")));
        }
        return out;
    }

    private static void collect(Document doc, String[] queries, List<Topic> topics, List<Hit> out,
                                java.util.function.ToDoubleFunction<Span> position) {
        List<Hit> found = new ArrayList<>();
        for (int q = 0; q < topics.size(); q++) {
            for (Topic.Match m : topics.get(q).find(doc.text())) {
                found.add(new Hit(doc.id(), queries[q].strip(), m.span().of(doc.text()), m.span(),
                        position.applyAsDouble(m.span())));
            }
        }
        List<String> order = Arrays.stream(queries).map(String::strip).toList();
        found.sort(java.util.Comparator.comparingInt((Hit h) -> h.span().start())
                .thenComparingInt(h -> order.indexOf(h.query())));
        out.addAll(found);
    }

    public PositionUnit unit() {
        return unit;
    }

    public List<Hit> hits() {
        return hits;
    }

    /** The hits of {@code query} in document {@code document}. */
    public int count(String document, String query) {
        return (int) hits.stream().filter(h -> h.document().equals(document) && h.query().equals(query)).count();
    }

    /** The length of document {@code document} in the unit. */
    public double length(String document) {
        Integer d = index.get(Objects.requireNonNull(document, "document"));
        if (d == null) {
            throw new IllegalArgumentException("no document '" + document + "'");
        }
        return lengths[d];
    }

    /** The table described in the class comment. */
    public Table table() {
        return Tables.of("dispersion of " + String.join(", ", queries), hits,
                Tables.text(DOCUMENT, Hit::document),
                Tables.text(QUERY, Hit::query),
                Tables.text(TEXT, Hit::text),
                Tables.integer(START, h -> h.span().start()),
                Tables.integer(END, h -> h.span().end()),
                Tables.decimal(POSITION, Hit::position),
                Tables.decimal(LENGTH, h -> length(h.document())),
                Tables.decimal(RELATIVE, h -> length(h.document()) == 0 ? Double.NaN : h.position() / length(h.document())));
    }

    /**
     * The dispersion plot: one strip per document with at least one hit (corpus order; at most
     * 60, the rest counted in the title), each strip the whole document from start to end, each
     * hit a mark coloured by query. Deterministic SVG, labels escaped.
     */
    public Chart chart() {
        List<String> shown = new ArrayList<>();
        for (String d : documents) {
            if (hits.stream().anyMatch(h -> h.document().equals(d))) {
                shown.add(d);
            }
        }
        int hidden = Math.max(0, shown.size() - 60);
        List<String> rows = shown.subList(0, Math.min(60, shown.size()));
        String title = "Dispersion of " + String.join(", ", queries) + " by " + unit.name().toLowerCase(Locale.ROOT)
                + (hidden > 0 ? " (" + hidden + " more documents not shown)" : "");
        int left = 190;
        int width = 760;
        int rowHeight = 22;
        int top = 56;
        int height = top + rowHeight * Math.max(1, rows.size()) + 20;
        return Chart.of(title, width, height, (Graphics2D g) -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            g.drawString(title, 10, 20);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            int x = 10;
            for (int q = 0; q < queries.size(); q++) {
                g.setColor(TimelineCharts.SERIES[q % TimelineCharts.SERIES.length]);
                g.fillRect(x, 32, 10, 10);
                g.setColor(Color.BLACK);
                String label = queries.get(q).strip();
                g.drawString(label, x + 14, 41);
                x += 24 + g.getFontMetrics().stringWidth(label);
            }
            if (rows.isEmpty()) {
                g.drawString("no hits", left, top + 15);
                return;
            }
            int stripWidth = width - left - 20;
            for (int r = 0; r < rows.size(); r++) {
                String d = rows.get(r);
                int y = top + r * rowHeight;
                double len = length(d);
                g.setColor(Color.BLACK);
                String name = d.length() > 18 ? d.substring(0, 17) + "\u2026" : d;
                g.drawString(name + " (" + number(len) + ")", 10, y + 14);
                g.setColor(new Color(0xEEEEEE));
                g.fillRect(left, y + 3, stripWidth, 14);
                g.setColor(new Color(0xBBBBBB));
                g.drawRect(left, y + 3, stripWidth, 14);
                g.setStroke(new BasicStroke(2f));
                for (Hit h : hits) {
                    if (!h.document().equals(d)) {
                        continue;
                    }
                    int q = queries.stream().map(String::strip).toList().indexOf(h.query());
                    g.setColor(TimelineCharts.SERIES[q % TimelineCharts.SERIES.length]);
                    int hx = left + (int) Math.round(len == 0 ? 0 : stripWidth * h.position() / len);
                    g.drawLine(hx, y + 3, hx, y + 17);
                }
                g.setStroke(new BasicStroke(1f));
            }
        });
    }

    private String number(double len) {
        String n = len == Math.rint(len) ? Long.toString((long) len) : String.format(Locale.ROOT, "%.1f", len);
        return n + switch (unit) {
            case CHARACTERS -> " chars";
            case TOKENS -> " tokens";
            case SECONDS -> " s";
        };
    }

    @Override
    public MimeBundle toMimeBundle() {
        String caption = hits.size() + " hits of " + String.join(", ", queries) + " in " + documents.size()
                + " documents, by " + unit.name().toLowerCase(Locale.ROOT);
        return Rendering.table(table(), caption);
    }

    @Override
    public String toString() {
        return "Dispersion[" + String.join(", ", queries) + ", " + hits.size() + " hits]";
    }
}
