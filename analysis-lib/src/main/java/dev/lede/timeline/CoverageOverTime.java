package dev.lede.timeline;

import dev.lede.display.Rendering;
import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.coverage.Actors;
import dev.lede.coverage.ShareOfVoice;
import dev.lede.display.Chart;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import dev.lede.text.DocumentTokens;
import dev.lede.text.TokenType;
import dev.lede.text.Tokenizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Coverage over time: documents, words and (with {@link Actors}) mentions per day, week or month,
 * per outlet or any metadata field, from each document's {@code published} value, with share of
 * voice over time. Immutable.
 *
 * <h2>Dates and time zones</h2>
 * A document's date is its {@code published} value <em>as published</em>: {@code 2024-06-19},
 * or the date part of a date-time such as {@code 2024-06-19T23:30:00+09:00} (a text published
 * late on the 19th in Seoul counts on the 19th, although it was the 19th afternoon in London).
 * Nothing is converted unless {@link Builder#zone(ZoneId)} is given; then date-times with an offset
 * or zone are converted to that zone (dates without a time stay as they are; a date-time without
 * an offset is an error, since it cannot be converted). The machine's time zone is never used.
 * Documents without a {@code published} value are <em>undated</em>: they are counted apart
 * ({@link #undated()}, {@link #undatedIds()}) and reported, never put in a period.
 *
 * <h2>Counts</h2>
 * {@value #WORDS}: tokens of {@link Tokenizer#standard()} of type WORD, NUMBER, IDEOGRAPHIC or
 * KANA, as {@link dev.lede.coverage.CoverageMeasures} counts words; {@value #MENTIONS}: mentions of
 * the actors as {@link ShareOfVoice} counts them. Every period from the first dated document's
 * to the last one's is listed, with zeros where nothing was published (a gap on a timeline is
 * information); every group appears in every period.
 *
 * <p>Tables (rows by period, then group sorted; periods labelled as {@link TimeStep#label}):
 * <ul>
 *   <li>{@link #table()}: {@value #PERIOD}, {@value #PERIOD_START} (yyyy-MM-dd), {@value #GROUP}
 *       (string; "all" without a grouping field, "(none)" for documents without the field),
 *       {@value #DOCUMENTS}, {@value #WORDS} (int), and with actors {@value #MENTIONS} (int, all
 *       actors together);</li>
 *   <li>{@link #mentions()}: {@value #PERIOD}, {@value #PERIOD_START}, {@value #GROUP}, {@value #ACTOR}
 *       (string), {@value #MENTIONS} (int), {@value #SHARE_PERCENT} (double, of the group's
 *       mentions in the period; NaN when there are none);</li>
 *   <li>{@link #shareOfVoice()}: {@value #PERIOD}, {@value #PERIOD_START}, {@value #ACTOR},
 *       {@value #MENTIONS}, {@value #SHARE_PERCENT}, over all groups;</li>
 *   <li>{@link #undated()}: {@value #GROUP}, {@value #DOCUMENTS}, {@value #WORDS} (and
 *       {@value #MENTIONS}) of the undated documents.</li>
 * </ul>
 *
 * <pre>{@code
 * CoverageOverTime t = CoverageOverTime.builder(corpus).step(TimeStep.DAY).by(Metadata.OUTLET)
 *         .mentions(Actors.chinaRussiaNorthKorea()).build();
 * t.table();
 * t.chart(CoverageOverTime.Count.DOCUMENTS);
 * t.undatedIds();
 * }</pre>
 */
public final class CoverageOverTime implements Renderable {

    public static final String PERIOD = "period";
    public static final String PERIOD_START = "period_start";
    public static final String GROUP = "group";
    public static final String DOCUMENTS = "documents";
    public static final String WORDS = "words";
    public static final String MENTIONS = "mentions";
    public static final String ACTOR = "actor";
    public static final String SHARE_PERCENT = "share_percent";
    /** The group of every document when no grouping field is given. */
    public static final String ALL = "all";

    /** What a timeline chart counts. */
    public enum Count {
        DOCUMENTS, WORDS, MENTIONS
    }

    private static final Set<TokenType> WORD_TYPES =
            EnumSet.of(TokenType.WORD, TokenType.NUMBER, TokenType.IDEOGRAPHIC, TokenType.KANA);

    private final TimeStep step;
    private final String field;
    private final Actors actors;
    private final ZoneId zone;
    private final List<LocalDate> periods;   // period starts, in order
    private final List<String> groups;       // sorted
    private final int[][][] counts;          // [period][group][0 documents, 1 words, 2.. mentions per actor]
    private final int[][] undated;           // [group][same]
    private final List<String> undatedIds;
    private final int size;

    private CoverageOverTime(Builder b) {
        this.step = b.step;
        this.field = b.field;
        this.actors = b.actors;
        this.zone = b.zone;
        Corpus corpus = b.corpus;
        this.size = corpus.size();
        int na = actors == null ? 0 : actors.names().size();
        int width = 2 + na;
        int[] mentionCounts = null; // [document * na + actor]
        if (actors != null) {
            Table t = ShareOfVoice.of(corpus, actors).table();
            IntColumn m = t.intColumn(ShareOfVoice.MENTIONS);
            mentionCounts = new int[m.size()];
            for (int i = 0; i < m.size(); i++) {
                mentionCounts[i] = m.getInt(i);
            }
        }
        LocalDate[] dates = new LocalDate[size];
        String[] groupOf = new String[size];
        TreeSet<String> groupSet = new TreeSet<>();
        LocalDate min = null;
        LocalDate max = null;
        for (int d = 0; d < size; d++) {
            Document doc = corpus.document(d);
            dates[d] = PublishedDates.of(doc, zone);
            groupOf[d] = field == null ? ALL : doc.metadata().get(field, "(none)");
            groupSet.add(groupOf[d]);
            if (dates[d] != null) {
                LocalDate s = step.start(dates[d]);
                min = min == null || s.isBefore(min) ? s : min;
                max = max == null || s.isAfter(max) ? s : max;
            }
        }
        this.groups = List.copyOf(groupSet);
        List<LocalDate> ps = new ArrayList<>();
        if (min != null) {
            for (LocalDate p = min; !p.isAfter(max); p = step.next(p)) {
                ps.add(p);
            }
        }
        this.periods = List.copyOf(ps);
        TreeMap<LocalDate, Integer> periodIndex = new TreeMap<>();
        for (int i = 0; i < ps.size(); i++) {
            periodIndex.put(ps.get(i), i);
        }
        this.counts = new int[ps.size()][groups.size()][width];
        this.undated = new int[groups.size()][width];
        List<String> ids = new ArrayList<>();
        Tokenizer tk = Tokenizer.standard();
        for (int d = 0; d < size; d++) {
            Document doc = corpus.document(d);
            int g = java.util.Collections.binarySearch(groups, groupOf[d]);
            int[] cell;
            if (dates[d] == null) {
                cell = undated[g];
                ids.add(doc.id());
            } else {
                cell = counts[periodIndex.get(step.start(dates[d]))][g];
            }
            cell[0]++;
            DocumentTokens t = tk.tokenize(doc.text());
            for (int i = 0; i < t.size(); i++) {
                if (WORD_TYPES.contains(t.type(i))) {
                    cell[1]++;
                }
            }
            for (int a = 0; a < na; a++) {
                cell[2 + a] += mentionCounts[d * na + a];
            }
        }
        this.undatedIds = List.copyOf(ids);
    }

    /** Documents and words per day, in one group ("all"), dates as published. */
    public static CoverageOverTime of(Corpus corpus, TimeStep step) {
        return builder(corpus).step(step).build();
    }

    public static Builder builder(Corpus corpus) {
        return new Builder(corpus);
    }

    public TimeStep step() {
        return step;
    }

    /** The first day of every period, from the first dated document's period to the last one's. */
    public List<LocalDate> periods() {
        return periods;
    }

    public List<String> groups() {
        return groups;
    }

    /** Ids of the documents without a {@code published} value, in corpus order. */
    public List<String> undatedIds() {
        return undatedIds;
    }

    /** Dated documents in the period starting at (or holding) {@code date} and group {@code group}. */
    public int documents(LocalDate date, String group) {
        return cell(date, group)[0];
    }

    /** Words of the dated documents in that period and group. */
    public int words(LocalDate date, String group) {
        return cell(date, group)[1];
    }

    private int[] cell(LocalDate date, String group) {
        int p = periods.indexOf(step.start(Objects.requireNonNull(date, "date")));
        int g = groups.indexOf(Objects.requireNonNull(group, "group"));
        if (p < 0) {
            throw new IllegalArgumentException(date + " is outside the timeline (" + (periods.isEmpty() ? "no dated documents"
                    : periods.get(0) + " to " + periods.get(periods.size() - 1)) + ")");
        }
        if (g < 0) {
            throw new IllegalArgumentException("no group '" + group + "'; groups are " + groups);
        }
        return counts[p][g];
    }

    /** The main table (see the class comment). */
    public Table table() {
        StringColumn period = StringColumn.create(PERIOD);
        StringColumn start = StringColumn.create(PERIOD_START);
        StringColumn group = StringColumn.create(GROUP);
        IntColumn docs = IntColumn.create(DOCUMENTS);
        IntColumn words = IntColumn.create(WORDS);
        IntColumn mentions = IntColumn.create(MENTIONS);
        for (int p = 0; p < periods.size(); p++) {
            for (int g = 0; g < groups.size(); g++) {
                int[] c = counts[p][g];
                period.append(step.label(periods.get(p)));
                start.append(periods.get(p).toString());
                group.append(groups.get(g));
                docs.append(c[0]);
                words.append(c[1]);
                mentions.append(sumMentions(c));
            }
        }
        Table t = Table.create("coverage by " + step.name().toLowerCase(java.util.Locale.ROOT), period, start, group,
                docs, words);
        return actors == null ? t : t.addColumns(mentions);
    }

    private static int sumMentions(int[] c) {
        int n = 0;
        for (int i = 2; i < c.length; i++) {
            n += c[i];
        }
        return n;
    }

    /** Mentions per period, group and actor (see the class comment); needs actors. */
    public Table mentions() {
        requireActors();
        StringColumn period = StringColumn.create(PERIOD);
        StringColumn start = StringColumn.create(PERIOD_START);
        StringColumn group = StringColumn.create(GROUP);
        StringColumn actor = StringColumn.create(ACTOR);
        IntColumn n = IntColumn.create(MENTIONS);
        DoubleColumn share = DoubleColumn.create(SHARE_PERCENT);
        List<String> names = actors.names();
        for (int p = 0; p < periods.size(); p++) {
            for (int g = 0; g < groups.size(); g++) {
                int[] c = counts[p][g];
                int total = sumMentions(c);
                for (int a = 0; a < names.size(); a++) {
                    period.append(step.label(periods.get(p)));
                    start.append(periods.get(p).toString());
                    group.append(groups.get(g));
                    actor.append(names.get(a));
                    n.append(c[2 + a]);
                    share.append(total == 0 ? Double.NaN : 100.0 * c[2 + a] / total);
                }
            }
        }
        return Table.create("mentions over time", period, start, group, actor, n, share);
    }

    /** Share of voice per period over all groups (see the class comment); needs actors. */
    public Table shareOfVoice() {
        requireActors();
        StringColumn period = StringColumn.create(PERIOD);
        StringColumn start = StringColumn.create(PERIOD_START);
        StringColumn actor = StringColumn.create(ACTOR);
        IntColumn n = IntColumn.create(MENTIONS);
        DoubleColumn share = DoubleColumn.create(SHARE_PERCENT);
        List<String> names = actors.names();
        for (int p = 0; p < periods.size(); p++) {
            int[] per = new int[names.size()];
            int total = 0;
            for (int g = 0; g < groups.size(); g++) {
                for (int a = 0; a < names.size(); a++) {
                    per[a] += counts[p][g][2 + a];
                    total += counts[p][g][2 + a];
                }
            }
            for (int a = 0; a < names.size(); a++) {
                period.append(step.label(periods.get(p)));
                start.append(periods.get(p).toString());
                actor.append(names.get(a));
                n.append(per[a]);
                share.append(total == 0 ? Double.NaN : 100.0 * per[a] / total);
            }
        }
        return Table.create("share of voice over time", period, start, actor, n, share);
    }

    /** The undated documents per group (see the class comment). */
    public Table undated() {
        StringColumn group = StringColumn.create(GROUP);
        IntColumn docs = IntColumn.create(DOCUMENTS);
        IntColumn words = IntColumn.create(WORDS);
        IntColumn mentions = IntColumn.create(MENTIONS);
        for (int g = 0; g < groups.size(); g++) {
            if (undated[g][0] == 0) {
                continue;
            }
            group.append(groups.get(g));
            docs.append(undated[g][0]);
            words.append(undated[g][1]);
            mentions.append(sumMentions(undated[g]));
        }
        Table t = Table.create("undated documents", group, docs, words);
        return actors == null ? t : t.addColumns(mentions);
    }

    private void requireActors() {
        if (actors == null) {
            throw new IllegalStateException("no actors were given: build with .mentions(actors) to count mentions");
        }
    }

    /**
     * A line per group over the periods, counting {@code count} (groups with nothing dated are left
     * out of the chart, not of the tables); periods are labelled along the
     * axis (at most 10 labels, evenly spaced). Deterministic SVG, labels escaped.
     */
    public Chart chart(Count count) {
        Objects.requireNonNull(count, "count");
        if (count == Count.MENTIONS) {
            requireActors();
        }
        double[][] values = new double[groups.size()][periods.size()];
        for (int p = 0; p < periods.size(); p++) {
            for (int g = 0; g < groups.size(); g++) {
                int[] c = counts[p][g];
                values[g][p] = switch (count) {
                    case DOCUMENTS -> c[0];
                    case WORDS -> c[1];
                    case MENTIONS -> sumMentions(c);
                };
            }
        }
        String what = count.name().toLowerCase(java.util.Locale.ROOT);
        String title = what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1) + " per "
                + step.name().toLowerCase(java.util.Locale.ROOT) + (field == null ? "" : " by " + field)
                + (undatedIds.isEmpty() ? "" : " (" + undatedIds.size() + " undated left out)");
        return TimelineCharts.lines(title, labels(), groups, values, what);
    }

    /** Each actor's share of the mentions in each period, as stacked bars (100% where anyone is mentioned). */
    public Chart shareChart() {
        requireActors();
        List<String> names = actors.names();
        double[][] shares = new double[names.size()][periods.size()];
        Table t = shareOfVoice();
        for (int r = 0; r < t.rowCount(); r++) {
            shares[r % names.size()][r / names.size()] = t.doubleColumn(SHARE_PERCENT).getDouble(r);
        }
        return TimelineCharts.stacked("Share of voice per " + step.name().toLowerCase(java.util.Locale.ROOT), labels(),
                names, shares);
    }

    private List<String> labels() {
        return periods.stream().map(step::label).toList();
    }

    @Override
    public MimeBundle toMimeBundle() {
        String caption = (size - undatedIds.size()) + " dated documents in " + periods.size() + " "
                + step.name().toLowerCase(java.util.Locale.ROOT) + (periods.size() == 1 ? "" : "s")
                + (field == null ? "" : " by " + field) + "; " + undatedIds.size() + " undated, counted apart"
                + " (dates as published, " + (zone == null ? "no time-zone conversion" : "converted to " + zone) + ")";
        Table main = table();
        Table u = undated();
        return MimeBundle.builder()
                .text(Rendering.text(main, caption) + (u.rowCount() == 0 ? "" : "\n" + Rendering.text(u, "Undated")))
                .html("<div class=\"lede-timeline\">" + Rendering.html(main, caption)
                        + (u.rowCount() == 0 ? "" : Rendering.html(u, "Undated")) + "</div>")
                .build();
    }

    @Override
    public String toString() {
        return "CoverageOverTime[" + periods.size() + " " + step + ", " + groups.size() + " groups, "
                + undatedIds.size() + " undated]";
    }

    /** Builds a {@link CoverageOverTime}: step DAY, no grouping, no actors, no zone conversion by default. */
    public static final class Builder {
        private final Corpus corpus;
        private TimeStep step = TimeStep.DAY;
        private String field;
        private Actors actors;
        private ZoneId zone;

        private Builder(Corpus corpus) {
            this.corpus = Objects.requireNonNull(corpus, "corpus");
        }

        public Builder step(TimeStep step) {
            this.step = Objects.requireNonNull(step, "step");
            return this;
        }

        /** Group by metadata field {@code field} (e.g. {@code Metadata.OUTLET}). */
        public Builder by(String field) {
            Objects.requireNonNull(field, "field");
            if (field.isBlank()) {
                throw new IllegalArgumentException("the grouping field is blank: give a metadata column such as outlet");
            }
            this.field = field;
            return this;
        }

        /** Count the mentions of these actors too. */
        public Builder mentions(Actors actors) {
            this.actors = Objects.requireNonNull(actors, "actors");
            return this;
        }

        /** Convert date-times with an offset to this zone before taking their date (none by default). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        public CoverageOverTime build() {
            return new CoverageOverTime(this);
        }
    }
}
