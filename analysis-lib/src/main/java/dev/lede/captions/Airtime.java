package dev.lede.captions;

import dev.lede.display.Tables;
import dev.lede.display.Rendering;
import dev.lede.corpus.Metadata;
import dev.lede.coverage.CoverageComparison;
import dev.lede.coverage.CoverageMeasure;
import dev.lede.coverage.CoverageUnit;
import dev.lede.display.Chart;
import dev.lede.display.MimeBundle;
import dev.lede.display.Renderable;
import dev.lede.text.Span;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Airtime of a topic, measured from captions: the segments of each broadcast about the topic
 * (found by {@link AirtimeRule}: cues naming the topic, joined across gaps of up to 10 s by
 * default), with their start, end, duration and text, and totals per broadcast, per day, per
 * outlet or per any metadata field. Durations are in seconds with the precision of the rule
 * (± 1 s per segment by default), so two broadcasts compare with {@link CoverageComparison}, and a
 * duration that a text claims sits beside the measured one. Immutable.
 *
 * <p>Tables (seconds as doubles; {@value #PUBLISHED} as written in the manifest, empty when absent):
 * <ul>
 *   <li>{@link #segments()}: {@value #BROADCAST}, {@value #OUTLET}, {@value #PUBLISHED}, {@value #SEGMENT}
 *       (int, from 1 in each broadcast), {@value #START}, {@value #END}, {@value #DURATION},
 *       {@value #PRECISION}, {@value #FIRST_CUE}, {@value #LAST_CUE}, {@value #HITS} (int),
 *       {@value #MATCHED} (the phrases or actors found, "; "-separated), {@value #TEXT};</li>
 *   <li>{@link #byBroadcast()}: {@value #BROADCAST}, {@value #OUTLET}, {@value #PUBLISHED},
 *       {@value #SEGMENTS} (int), {@value #SECONDS}, {@value #PRECISION}, {@value #RUNNING_TIME}
 *       (captioned running time), {@value #SHARE_PERCENT} (100 × seconds / running time; NaN for
 *       a track without cues);</li>
 *   <li>{@link #totalsBy(String)}: {@value #GROUP} (the field's value, "(none)" when absent),
 *       {@value #BROADCASTS}, {@value #SEGMENTS} (int), {@value #SECONDS}, {@value #PRECISION},
 *       {@value #RUNNING_TIME}, {@value #SHARE_PERCENT}, groups sorted by value;</li>
 *   <li>{@link #measuredVsClaimed(Map)}: {@value #BROADCAST}, {@value #MEASURED},
 *       {@value #MEASURED_PRECISION}, {@value #CLAIMED}, {@value #CLAIMED_PRECISION} (NaN when
 *       unknown), {@value #CLAIM_SOURCE}, {@value #DIFFERENCE} (measured − claimed),
 *       {@value #MEANINGFUL} ("yes", "no", "unknown" as in {@link CoverageComparison}).</li>
 * </ul>
 *
 * <pre>{@code
 * Captions bulletins = Captions.load(Path.of("data/captions-evening-bulletin"));
 * Airtime a = Airtime.of(bulletins, Topic.terms("summit", "Pyongyang", "Russia", "North Korea"));
 * a.byBroadcast();
 * a.compare("harbour-2024-06-19", "harbour-2023-09-13").statement();
 * }</pre>
 */
public final class Airtime implements Renderable {

    public static final String BROADCAST = "broadcast";
    public static final String OUTLET = "outlet";
    public static final String PUBLISHED = "published";
    public static final String SEGMENT = "segment";
    public static final String START = "start";
    public static final String END = "end";
    public static final String DURATION = "duration";
    public static final String PRECISION = "precision";
    public static final String FIRST_CUE = "first_cue";
    public static final String LAST_CUE = "last_cue";
    public static final String HITS = "hits";
    public static final String MATCHED = "matched";
    public static final String TEXT = "text";
    public static final String SEGMENTS = "segments";
    public static final String SECONDS = "seconds";
    public static final String RUNNING_TIME = "running_time";
    public static final String SHARE_PERCENT = "share_percent";
    public static final String GROUP = "group";
    public static final String BROADCASTS = "broadcasts";
    public static final String MEASURED = "measured";
    public static final String MEASURED_PRECISION = "measured_precision";
    public static final String CLAIMED = "claimed";
    public static final String CLAIMED_PRECISION = "claimed_precision";
    public static final String CLAIM_SOURCE = "claim_source";
    public static final String DIFFERENCE = "difference";
    public static final String MEANINGFUL = "meaningful";

    private final Captions captions;
    private final Topic topic;
    private final AirtimeRule rule;
    private final Map<String, List<AirtimeSegment>> segments; // by broadcast, track order

    private Airtime(Captions captions, Topic topic, AirtimeRule rule, Map<String, List<AirtimeSegment>> segments) {
        this.captions = captions;
        this.topic = topic;
        this.rule = rule;
        this.segments = segments;
    }

    /** The airtime of {@code topic} in every broadcast, by {@link AirtimeRule#defaults()}. */
    public static Airtime of(Captions captions, Topic topic) {
        return of(captions, topic, AirtimeRule.defaults());
    }

    public static Airtime of(Captions captions, Topic topic, AirtimeRule rule) {
        Objects.requireNonNull(captions, "captions");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(rule, "rule");
        Map<String, List<AirtimeSegment>> out = new LinkedHashMap<>();
        for (CaptionTrack t : captions.tracks()) {
            out.put(t.id(), List.copyOf(segments(t, topic, rule)));
        }
        return new Airtime(captions, topic, rule, out);
    }

    private static List<AirtimeSegment> segments(CaptionTrack t, Topic topic, AirtimeRule rule) {
        List<Cue> cues = t.cues();
        // per cue on the topic: hits and labels
        TreeMap<Integer, List<String>> onTopic = new TreeMap<>();
        for (Topic.Match m : topic.find(t.document().text())) {
            Cue first = t.cueAt(m.span().start());
            Cue last = t.cueAt(Math.max(m.span().start(), m.span().end() - 1));
            onTopic.computeIfAbsent(first.number(), k -> new ArrayList<>()).add(m.label());
            onTopic.computeIfAbsent(last.number(), k -> new ArrayList<>());
        }
        List<AirtimeSegment> out = new ArrayList<>();
        long gap = Math.round(rule.maxGapSeconds() * 1000);
        int from = -1;
        int to = -1;
        for (int n : onTopic.keySet()) {
            if (from >= 0 && cues.get(n - 1).startMillis() - cues.get(to - 1).endMillis() > gap) {
                out.add(segment(t, out.size() + 1, from, to, onTopic));
                from = -1;
            }
            if (from < 0) {
                from = n;
            }
            to = n;
        }
        if (from >= 0) {
            out.add(segment(t, out.size() + 1, from, to, onTopic));
        }
        return out;
    }

    private static AirtimeSegment segment(CaptionTrack t, int number, int from, int to,
                                          TreeMap<Integer, List<String>> onTopic) {
        Cue a = t.cues().get(from - 1);
        Cue b = t.cues().get(to - 1);
        int hits = 0;
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        for (List<String> l : onTopic.subMap(from, true, to, true).values()) {
            hits += l.size();
            labels.addAll(l);
        }
        Span span = new Span(a.span().start(), b.span().end());
        String text = span.of(t.document().text()).replace('\n', ' ');
        return new AirtimeSegment(t.id(), t.metadata().get(Metadata.OUTLET, ""), published(t), number, from, to,
                a.startMillis(), b.endMillis(), hits, new ArrayList<>(labels), text, span);
    }

    private static LocalDate published(CaptionTrack t) {
        return t.metadata().published().orElse(null);
    }

    public Topic topic() {
        return topic;
    }

    public AirtimeRule rule() {
        return rule;
    }

    public Captions captions() {
        return captions;
    }

    /** Every segment, in broadcast order then time order. */
    public List<AirtimeSegment> segmentList() {
        List<AirtimeSegment> all = new ArrayList<>();
        segments.values().forEach(all::addAll);
        return all;
    }

    /** The segments of one broadcast, in time order. */
    public List<AirtimeSegment> segments(String broadcast) {
        captions.track(broadcast);
        return segments.get(broadcast);
    }

    /** Seconds on the topic in one broadcast: the sum of its segments' durations. */
    public double seconds(String broadcast) {
        double s = 0;
        for (AirtimeSegment g : segments(broadcast)) {
            s += g.duration();
        }
        return s;
    }

    /**
     * One broadcast's airtime as a measure: outlet and date from the manifest, the topic's name
     * as the story, seconds with precision (segments × the rule's duration precision), provenance
     * the broadcast's text from the first segment's start to the last one's end.
     */
    public CoverageMeasure measure(String broadcast) {
        CaptionTrack t = captions.track(broadcast);
        List<AirtimeSegment> s = segments(broadcast);
        Span span = s.isEmpty() ? new Span(0, 0) : new Span(s.get(0).span().start(), s.get(s.size() - 1).span().end());
        return CoverageMeasure.builder().outlet(t.metadata().get(Metadata.OUTLET, "")).story(topic.name())
                .date(published(t)).seconds(seconds(broadcast)).precision(s.size() * rule.durationPrecision())
                .from(t.id(), span).build();
    }

    /** {@link #measure} of every broadcast, in track order. */
    public List<CoverageMeasure> measures() {
        return captions.tracks().stream().map(t -> measure(t.id())).toList();
    }

    /** Broadcast {@code subject}'s airtime against {@code reference}'s, with their precisions. */
    public CoverageComparison compare(String subject, String reference) {
        return CoverageComparison.of(measure(subject), measure(reference));
    }

    /** The measured airtime of {@code broadcast} against a duration a text claims for it (in seconds). */
    public CoverageComparison againstClaim(String broadcast, CoverageMeasure claimed) {
        Objects.requireNonNull(claimed, "claimed");
        if (claimed.unit() != CoverageUnit.SECONDS) {
            throw new IllegalArgumentException("the claim '" + claimed.label() + "' (" + claimed.format() + ", "
                    + claimed.provenance() + ") is not a duration: airtime is measured in seconds");
        }
        return CoverageComparison.of(measure(broadcast), claimed);
    }

    /** Measured and claimed durations side by side, one row per broadcast given (in the map's order). */
    public Table measuredVsClaimed(Map<String, CoverageMeasure> claims) {
        Objects.requireNonNull(claims, "claims");
        record Row(String broadcast, CoverageComparison.Pair pair) {
        }
        List<Row> rows = new ArrayList<>();
        claims.forEach((broadcast, claim) -> rows.add(new Row(broadcast, againstClaim(broadcast, claim).pair())));
        return Tables.of("measured and claimed airtime of " + topic.name(), rows,
                Tables.text(BROADCAST, Row::broadcast),
                Tables.decimal(MEASURED, r -> r.pair().subject().value()),
                Tables.decimal(MEASURED_PRECISION, r -> r.pair().subject().precision().orElse(Double.NaN)),
                Tables.decimal(CLAIMED, r -> r.pair().reference().value()),
                Tables.decimal(CLAIMED_PRECISION, r -> r.pair().reference().precision().orElse(Double.NaN)),
                Tables.text(CLAIM_SOURCE, r -> r.pair().reference().provenance().toString()),
                Tables.decimal(DIFFERENCE, r -> r.pair().difference()),
                Tables.text(MEANINGFUL, r -> r.pair().verdict().label()));
    }

    /** The segments table described in the class comment. */
    public Table segments() {
        return Tables.of("airtime segments: " + topic.name(), segmentList(),
                Tables.text(BROADCAST, AirtimeSegment::broadcast),
                Tables.text(OUTLET, AirtimeSegment::outlet),
                Tables.text(PUBLISHED, seg -> seg.date() == null ? "" : seg.date().toString()),
                Tables.integer(SEGMENT, AirtimeSegment::number),
                Tables.decimal(START, AirtimeSegment::start),
                Tables.decimal(END, AirtimeSegment::end),
                Tables.decimal(DURATION, AirtimeSegment::duration),
                Tables.decimal(PRECISION, seg -> rule.durationPrecision()),
                Tables.integer(FIRST_CUE, AirtimeSegment::firstCue),
                Tables.integer(LAST_CUE, AirtimeSegment::lastCue),
                Tables.integer(HITS, AirtimeSegment::hits),
                Tables.text(MATCHED, seg -> String.join("; ", seg.matched())),
                Tables.text(TEXT, AirtimeSegment::text));
    }

    /** The per-broadcast table described in the class comment. */
    public Table byBroadcast() {
        return Tables.of("airtime by broadcast: " + topic.name(), captions.tracks(),
                Tables.text(BROADCAST, CaptionTrack::id),
                Tables.text(OUTLET, t -> t.metadata().get(Metadata.OUTLET, "")),
                Tables.text(PUBLISHED, t -> t.metadata().get(Metadata.PUBLISHED, "")),
                Tables.integer(SEGMENTS, t -> segments.get(t.id()).size()),
                Tables.decimal(SECONDS, t -> seconds(t.id())),
                Tables.decimal(PRECISION, t -> segments.get(t.id()).size() * rule.durationPrecision()),
                Tables.decimal(RUNNING_TIME, CaptionTrack::runningTime),
                Tables.decimal(SHARE_PERCENT, t -> t.runningTime() == 0 ? Double.NaN : 100 * seconds(t.id()) / t.runningTime()));
    }

    /**
     * Totals per value of metadata {@code field}: per day with {@link Metadata#PUBLISHED}, per
     * outlet with {@link Metadata#OUTLET}; see the class comment.
     */
    public Table totalsBy(String field) {
        Objects.requireNonNull(field, "field");
        TreeMap<String, double[]> groups = new TreeMap<>(); // broadcasts, segments, seconds, running
        for (CaptionTrack t : captions.tracks()) {
            String g = t.metadata().get(field, "(none)");
            double[] v = groups.computeIfAbsent(g, k -> new double[4]);
            v[0]++;
            v[1] += segments.get(t.id()).size();
            v[2] += seconds(t.id());
            v[3] += t.runningTime();
        }
        StringColumn group = StringColumn.create(GROUP);
        IntColumn broadcasts = IntColumn.create(BROADCASTS);
        IntColumn n = IntColumn.create(SEGMENTS);
        DoubleColumn seconds = DoubleColumn.create(SECONDS);
        DoubleColumn precision = DoubleColumn.create(PRECISION);
        DoubleColumn running = DoubleColumn.create(RUNNING_TIME);
        DoubleColumn share = DoubleColumn.create(SHARE_PERCENT);
        groups.forEach((g, v) -> {
            group.append(g);
            broadcasts.append((int) v[0]);
            n.append((int) v[1]);
            seconds.append(v[2]);
            precision.append(v[1] * rule.durationPrecision());
            running.append(v[3]);
            share.append(v[3] == 0 ? Double.NaN : 100 * v[2] / v[3]);
        });
        return Table.create("airtime by " + field + ": " + topic.name(), group, broadcasts, n, seconds, precision,
                running, share);
    }

    /**
     * Each broadcast as a strip along its running time with its segments as blocks labelled with
     * their duration; deterministic SVG, labels escaped.
     */
    public Chart chart() {
        List<CaptionTrack> tracks = captions.tracks();
        double max = 1;
        for (CaptionTrack t : tracks) {
            if (!t.cues().isEmpty()) {
                max = Math.max(max, t.cues().get(t.cues().size() - 1).end());
            }
        }
        double longest = max;
        int rowHeight = 36;
        int left = 170;
        int width = 720;
        int height = 70 + rowHeight * tracks.size() + 30;
        String title = "Airtime of " + topic.name();
        return Chart.of(title, width, height, (Graphics2D g) -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(title, 10, 24);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            double scale = (width - left - 20) / longest;
            for (int r = 0; r < tracks.size(); r++) {
                CaptionTrack t = tracks.get(r);
                int y = 50 + r * rowHeight;
                g.setColor(Color.BLACK);
                g.drawString(shorten(t.id()), 10, y + 15);
                if (!t.cues().isEmpty()) {
                    int x0 = left + (int) Math.round(t.cues().get(0).start() * scale);
                    int x1 = left + (int) Math.round(t.cues().get(t.cues().size() - 1).end() * scale);
                    g.setColor(new Color(0xDDDDDD));
                    g.fillRect(x0, y + 8, Math.max(1, x1 - x0), 8);
                }
                for (AirtimeSegment s : segments.get(t.id())) {
                    int x0 = left + (int) Math.round(s.start() * scale);
                    int x1 = left + (int) Math.round(s.end() * scale);
                    g.setColor(new Color(0x3B6EA5));
                    g.fillRect(x0, y + 2, Math.max(2, x1 - x0), 20);
                    g.setColor(Color.BLACK);
                    g.drawString(dev.lede.coverage.CoverageUnit.SECONDS.format(s.duration()).replace(" seconds", " s")
                            .replace(" second", " s"), x0, y + 34);
                }
            }
            int axisY = 50 + tracks.size() * rowHeight + 6;
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1));
            g.drawLine(left, axisY, width - 20, axisY);
            double step = niceStep(longest);
            for (double s = 0; s <= longest + 1e-9; s += step) {
                int x = left + (int) Math.round(s * scale);
                g.drawLine(x, axisY, x, axisY + 4);
                g.drawString(dev.lede.coverage.CoverageUnit.SECONDS.format(s).replace(" seconds", " s")
                        .replace(" second", " s"), x - 8, axisY + 16);
            }
        });
    }

    static double niceStep(double range) {
        double[] steps = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};
        for (double s : steps) {
            if (range / s <= 8) {
                return s;
            }
        }
        return Math.ceil(range / 8 / 3600) * 3600;
    }

    private static String shorten(String s) {
        return s.length() <= 26 ? s : s.substring(0, 25) + "\u2026";
    }

    @Override
    public MimeBundle toMimeBundle() {
        String caption = "Airtime of " + topic.name() + ": " + segmentList().size() + " segments in " + captions.size()
                + " broadcasts (cues joined across gaps of up to " + dev.lede.coverage.CoverageUnit.SECONDS.format(
                rule.maxGapSeconds()) + ")";
        Table per = byBroadcast();
        Table segs = segments();
        return MimeBundle.builder()
                .text(Rendering.text(per, caption) + "\n" + Rendering.text(segs, "Segments"))
                .html("<div class=\"lede-airtime\">" + Rendering.html(per, caption) + Rendering.html(segs, "Segments")
                        + "</div>")
                .build();
    }

    @Override
    public String toString() {
        return "Airtime[" + topic.name() + ", " + segmentList().size() + " segments]";
    }

    /** The total seconds of all broadcasts (for checks and summaries). */
    public double totalSeconds() {
        double s = 0;
        for (AirtimeSegment g : segmentList()) {
            s += g.duration();
        }
        return s;
    }

}
