package dev.lede.coverage;

import dev.lede.display.Tables;
import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import dev.lede.display.Chart;
import dev.lede.display.Rendering;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import dev.lede.text.Sentences;
import dev.lede.text.Span;
import dev.lede.text.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * An ordered, immutable list of {@link CoverageMeasure}s: typed in, loaded from a CSV
 * ({@link #fromCsv(Path)}) or computed from a corpus ({@link #fromCorpus(Corpus, CoverageUnit)}),
 * plus the corpus length tables {@link #documentLengths(Corpus)} and
 * {@link #groupTotals(Corpus, String)}.
 *
 * <h2>Lengths computed from a corpus</h2>
 * Per document, each a pure function of its text:
 * <ul>
 *   <li>{@value #WORDS}: tokens of {@link Tokenizer#standard()} of type WORD, NUMBER, IDEOGRAPHIC or
 *       KANA (URLs and emoji are not words; "20-second" is one word);</li>
 *   <li>{@value #CHARACTERS}: Unicode code points that are not white space (the length unit for
 *       Chinese and Japanese; unlike {@link Corpus#CHARACTERS}, line breaks and spaces do not count);</li>
 *   <li>{@value #SENTENCES}: {@link Sentences#split(String)};</li>
 *   <li>{@value #PARAGRAPHS}: when the text has a blank line, the blocks between blank lines,
 *       otherwise its non-blank lines (many sites put one paragraph per line).</li>
 * </ul>
 *
 * <h2>CSV format</h2>
 * A header row, then one measure per row (Commons CSV, UTF-8, comma-separated, quotes as in RFC
 * 4180). Columns {@code outlet}, {@code story}, {@code unit} ({@link CoverageUnit#parse}: seconds,
 * words, ...; no minutes: give seconds) and {@code value} (a plain number, '.' for decimals) are
 * required; {@code date} (yyyy-MM-dd) and {@code precision} (±, same unit) are optional and may be
 * empty; other columns are ignored. An empty or unparseable value, unit, date or precision is an
 * error naming the file, the data row and the file line; nothing is guessed or converted.
 * {@link #writeCsv(Path)} writes this format.
 * <pre>
 * outlet,story,date,unit,value,precision
 * CCTV 7 PM news,June 2024 summit,2024-06-19,seconds,20,1
 * </pre>
 *
 * <p>{@link #table()} has the fixed schema {@value #OUTLET}, {@value #STORY} (string),
 * {@value #DATE} (date, missing when unknown), {@value #UNIT} (string), {@value #VALUE},
 * {@value #PRECISION} (double, NaN when unknown), {@value #SOURCE} (string, the provenance),
 * {@value #DOCUMENT} (string), {@value #START}, {@value #END} (int, missing unless from a
 * document), {@value #FILE} (string), {@value #ROW} (int, missing unless from a file).
 *
 * <pre>{@code
 * CoverageMeasures airtime = CoverageMeasures.fromCsv(Path.of("airtime.csv"));
 * airtime.compare().statement();
 * Corpus seed = Corpus.load(Path.of("data/putin-pyongyang-2024"));
 * CoverageMeasures.documentLengths(seed);                 // words, characters, sentences, paragraphs
 * CoverageMeasures.groupTotals(seed, Metadata.OUTLET);    // totals and shares per outlet
 * CoverageMeasures words = CoverageMeasures.fromCorpus(seed, CoverageUnit.WORDS);
 * airtime.pairedChart();                                  // bars per story, one per outlet
 * }</pre>
 */
public final class CoverageMeasures implements Renderable {

    public static final String OUTLET = "outlet";
    public static final String STORY = "story";
    public static final String DATE = "date";
    public static final String UNIT = "unit";
    public static final String VALUE = "value";
    public static final String PRECISION = "precision";
    public static final String SOURCE = "source";
    public static final String DOCUMENT = "document";
    public static final String START = "start";
    public static final String END = "end";
    public static final String FILE = "file";
    public static final String ROW = "row";

    /** {@link #documentLengths} and {@link #groupTotals} column: words. */
    public static final String WORDS = "words";
    public static final String CHARACTERS = "characters";
    public static final String SENTENCES = "sentences";
    public static final String PARAGRAPHS = "paragraphs";
    /** {@link #groupTotals} column: the value of the grouping field ("" for documents without it). */
    public static final String GROUP = "group";
    /** {@link #groupTotals} column: number of documents in the group. */
    public static final String DOCUMENTS = "documents";
    /** Suffix of the {@link #groupTotals} share columns: {@code words_share_percent}, ... */
    public static final String SHARE_SUFFIX = "_share_percent";

    private final List<CoverageMeasure> measures;

    private CoverageMeasures(List<CoverageMeasure> measures) {
        this.measures = List.copyOf(measures);
    }

    public static CoverageMeasures of(List<CoverageMeasure> measures) {
        Objects.requireNonNull(measures, "measures");
        for (int i = 0; i < measures.size(); i++) {
            Objects.requireNonNull(measures.get(i), "measure " + i + " is null");
        }
        return new CoverageMeasures(measures);
    }

    public static CoverageMeasures of(CoverageMeasure... measures) {
        return of(List.of(measures));
    }

    /** Measures from a comma-separated CSV in the format of the class comment. Only reads the file. */
    public static CoverageMeasures fromCsv(Path file) {
        Objects.requireNonNull(file, "file");
        return new CoverageMeasures(MeasureCsv.read(file, ','));
    }

    /** {@link #fromCsv(Path)} with another delimiter, e.g. {@code ';'} or {@code '\t'}. */
    public static CoverageMeasures fromCsv(Path file, char delimiter) {
        Objects.requireNonNull(file, "file");
        return new CoverageMeasures(MeasureCsv.read(file, delimiter));
    }

    /**
     * Writes these measures to a new CSV (UTF-8, Commons CSV) in the format {@link #fromCsv(Path)}
     * reads, with an extra {@code source} column holding each measure's provenance, so extracted
     * or computed measures can be checked and reloaded later.
     *
     * @throws IllegalArgumentException when {@code file} exists (nothing is ever overwritten)
     */
    public Path writeCsv(Path file) {
        Objects.requireNonNull(file, "file");
        return MeasureCsv.write(measures, file);
    }

    /**
     * One measure per document, in corpus order: outlet from the {@code outlet} metadata ("" when
     * absent), story the document id, date the {@code published} date, value the document's length
     * in {@code unit} (WORDS, CHARACTERS, SENTENCES or PARAGRAPHS), precision 0 (an exact count),
     * provenance the document and its whole text.
     */
    public static CoverageMeasures fromCorpus(Corpus corpus, CoverageUnit unit) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(unit, "unit");
        if (unit == CoverageUnit.SECONDS || unit == CoverageUnit.ITEMS || unit == CoverageUnit.MENTIONS) {
            throw new IllegalArgumentException("a corpus has no length in " + unit.label()
                    + ": use words, characters, sentences or paragraphs (mentions: ShareOfVoice)");
        }
        List<CoverageMeasure> out = new ArrayList<>();
        for (Document d : corpus.documents()) {
            Lengths.Counts c = Lengths.of(d.text());
            int v = switch (unit) {
                case WORDS -> c.words();
                case CHARACTERS -> c.characters();
                case SENTENCES -> c.sentences();
                default -> c.paragraphs();
            };
            out.add(new CoverageMeasure(d.metadata().get(Metadata.OUTLET, ""), d.id(),
                    d.metadata().published().orElse(null), unit, v, OptionalDouble.of(0),
                    CoverageMeasure.Provenance.document(d.id(), new Span(0, d.text().length()))));
        }
        return new CoverageMeasures(out);
    }

    /**
     * One row per document, in corpus order: {@value #DOCUMENT}, {@value #OUTLET} (string, "" when
     * absent), {@value #WORDS}, {@value #CHARACTERS}, {@value #SENTENCES}, {@value #PARAGRAPHS} (int).
     */
    public static Table documentLengths(Corpus corpus) {
        Objects.requireNonNull(corpus, "corpus");
        record Row(Document document, Lengths.Counts counts) {
        }
        List<Row> rows = corpus.documents().stream().map(d -> new Row(d, Lengths.of(d.text()))).toList();
        return Tables.of("document lengths", rows,
                Tables.text(DOCUMENT, r -> r.document().id()),
                Tables.text(OUTLET, r -> r.document().metadata().get(Metadata.OUTLET, "")),
                Tables.integer(WORDS, r -> r.counts().words()),
                Tables.integer(CHARACTERS, r -> r.counts().characters()),
                Tables.integer(SENTENCES, r -> r.counts().sentences()),
                Tables.integer(PARAGRAPHS, r -> r.counts().paragraphs()));
    }

    /**
     * Totals per value of metadata {@code field} (groups sorted by value; documents without the
     * field form the group ""): {@value #GROUP} (string), {@value #DOCUMENTS} (int), then for each
     * of words, characters, sentences, paragraphs the total (int) and its share of the corpus total
     * in percent (double, e.g. {@code words_share_percent}; NaN when the corpus total is 0).
     *
     * @throws IllegalArgumentException for an empty corpus
     */
    public static Table groupTotals(Corpus corpus, String field) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(field, "field");
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the corpus is empty: group totals need documents");
        }
        Map<String, Corpus> groups = corpus.groupBy(field, "");
        String[] names = {WORDS, CHARACTERS, SENTENCES, PARAGRAPHS};
        long[][] totals = new long[groups.size()][4];
        long[] all = new long[4];
        StringColumn group = StringColumn.create(GROUP);
        IntColumn documents = IntColumn.create(DOCUMENTS);
        int g = 0;
        for (Map.Entry<String, Corpus> e : groups.entrySet()) {
            group.append(e.getKey());
            documents.append(e.getValue().size());
            for (Document d : e.getValue().documents()) {
                Lengths.Counts c = Lengths.of(d.text());
                long[] v = {c.words(), c.characters(), c.sentences(), c.paragraphs()};
                for (int k = 0; k < 4; k++) {
                    totals[g][k] += v[k];
                    all[k] += v[k];
                }
            }
            g++;
        }
        Table t = Table.create("totals by " + field, group, documents);
        for (int k = 0; k < 4; k++) {
            IntColumn total = IntColumn.create(names[k]);
            DoubleColumn share = DoubleColumn.create(names[k] + SHARE_SUFFIX);
            for (int i = 0; i < groups.size(); i++) {
                total.append(Math.toIntExact(totals[i][k]));
                share.append(all[k] == 0 ? Double.NaN : 100.0 * totals[i][k] / all[k]);
            }
            t.addColumns(total, share);
        }
        return t;
    }

    public List<CoverageMeasure> measures() {
        return measures;
    }

    public int size() {
        return measures.size();
    }

    public boolean isEmpty() {
        return measures.isEmpty();
    }

    public CoverageMeasure get(int i) {
        return measures.get(i);
    }

    /** The measures that match, in order. */
    public CoverageMeasures filter(Predicate<CoverageMeasure> keep) {
        Objects.requireNonNull(keep, "keep");
        return new CoverageMeasures(measures.stream().filter(keep).toList());
    }

    /** The measures of this outlet. */
    public CoverageMeasures outlet(String outlet) {
        Objects.requireNonNull(outlet, "outlet");
        return filter(m -> m.outlet().equals(outlet));
    }

    /** The measures in this unit. */
    public CoverageMeasures in(CoverageUnit unit) {
        Objects.requireNonNull(unit, "unit");
        return filter(m -> m.unit() == unit);
    }

    /** These measures followed by {@code other}'s. */
    public CoverageMeasures concat(CoverageMeasures other) {
        List<CoverageMeasure> all = new ArrayList<>(measures);
        all.addAll(other.measures);
        return new CoverageMeasures(all);
    }

    /** {@link CoverageComparison#of(List)} of these measures (two or more, one unit). */
    public CoverageComparison compare() {
        return CoverageComparison.of(measures);
    }

    /** A bar chart of these measures (one unit), precision drawn as error bars. */
    public Chart chart() {
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("no measures to chart");
        }
        oneUnit();
        return CoverageCharts.bars("Coverage in " + measures.get(0).unit().label(), measures);
    }

    /**
     * Paired bars: a group of bars per story, one bar per outlet (with a legend), precision drawn
     * as error bars; e.g. two outlets' airtime for the same two summits.
     *
     * @throws IllegalArgumentException for mixed units or two measures of the same outlet and story
     */
    public Chart pairedChart() {
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("no measures to chart");
        }
        oneUnit();
        return CoverageCharts.paired("Coverage in " + measures.get(0).unit().label() + " by story and outlet", measures);
    }

    private void oneUnit() {
        for (CoverageMeasure m : measures) {
            if (m.unit() != measures.get(0).unit()) {
                throw new IllegalArgumentException("cannot chart '" + measures.get(0).label() + "' ("
                        + measures.get(0).unit().label() + ") with '" + m.label() + "' (" + m.unit().label()
                        + ") on one axis: select one unit with in(unit)");
            }
        }
    }

    /** The table described in the class comment. */
    public Table table() {
        StringColumn outlet = StringColumn.create(OUTLET);
        StringColumn story = StringColumn.create(STORY);
        DateColumn date = DateColumn.create(DATE);
        StringColumn unit = StringColumn.create(UNIT);
        DoubleColumn value = DoubleColumn.create(VALUE);
        DoubleColumn precision = DoubleColumn.create(PRECISION);
        StringColumn source = StringColumn.create(SOURCE);
        StringColumn document = StringColumn.create(DOCUMENT);
        IntColumn start = IntColumn.create(START);
        IntColumn end = IntColumn.create(END);
        StringColumn file = StringColumn.create(FILE);
        IntColumn row = IntColumn.create(ROW);
        for (CoverageMeasure m : measures) {
            outlet.append(m.outlet());
            story.append(m.story());
            if (m.date() == null) {
                date.appendMissing();
            } else {
                date.append(m.date());
            }
            unit.append(m.unit().label());
            value.append(m.value());
            precision.append(m.precision().orElse(Double.NaN));
            CoverageMeasure.Provenance p = m.provenance();
            source.append(p.toString());
            document.append(p.document() == null ? "" : p.document());
            if (p.span() == null) {
                start.appendMissing();
                end.appendMissing();
            } else {
                start.append(p.span().start());
                end.append(p.span().end());
            }
            file.append(p.file() == null ? "" : p.file());
            if (p.source() == CoverageMeasure.Source.FILE) {
                row.append(Math.toIntExact(p.row()));
            } else {
                row.appendMissing();
            }
        }
        return Table.create("coverage measures", outlet, story, date, unit, value, precision, source, document,
                start, end, file, row);
    }

    private String caption() {
        return "Coverage measures: " + measures.size() + (measures.size() == 1 ? " measure" : " measures");
    }

    @Override
    public MimeBundle toMimeBundle() {
        Table t = table();
        return Rendering.table(t, caption());
    }

    @Override
    public String toString() {
        return toMimeBundle().get(MimeBundle.TEXT_PLAIN);
    }
}
