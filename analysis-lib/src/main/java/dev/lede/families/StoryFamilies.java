package dev.lede.families;

import dev.lede.display.Tables;
import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.DocumentKind;
import dev.lede.display.MimeBundle;
import dev.lede.display.Cells;
import dev.lede.display.Rendering;
import dev.lede.display.Renderable;
import dev.lede.reuse.ReuseScores;
import dev.lede.reuse.SharedPassage;
import dev.lede.reuse.SharedPassages;
import dev.lede.reuse.TextReuse;
import dev.lede.vectors.DistanceMatrix;
import dev.lede.vectors.HierarchicalClustering;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * Story families: groups of documents that tell one story from one origin. A graph links two
 * documents when they cite a common news organisation as their source ({@link Attribution}),
 * when their {@link ReuseScores reuse score} is at least {@link Builder#minReuseScore(double)}
 * (default {@value #DEFAULT_MIN_REUSE_SCORE}: a tenth of one of them is shared wording), or when
 * they are parts of one file (a page split into transcript and article by a manifest's
 * character ranges is one text); a family is a connected component of that graph. With a
 * {@link Builder#textReuse(TextReuse) text reuse} that finds paraphrases
 * ({@code TextReuse.builder().paraphrases(Paraphrases.standard()).build()}) paraphrased sentences
 * count towards the reuse score, so a relay rewritten in other words joins its original's family.
 *
 * <p>Reader comments (documents of kind {@code comment}) are left out unless
 * {@link Builder#includeComments(boolean)}: they sit on an outlet's page without being its
 * reporting. The left-out ids are in {@link #excluded()}; filtering the corpus beforehand does the
 * same. Families are numbered 1, 2, ... in the order of their smallest document id, members
 * sorted by id, so the numbering does not depend on the corpus order. A document linked to
 * nothing is a family of its own. A corpus with no documents left is an error.
 *
 * <p>For a finer picture than connected components, {@link #distances(double)} combines
 * attribution and reuse into a {@link DistanceMatrix} for {@link HierarchicalClustering}.
 *
 * <pre>{@code
 * StoryFamilies f = StoryFamilies.of(Corpus.load(Path.of("data/putin-pyongyang-2024")));
 * f.families();    // [[000-article, 000-transcript, 001, 002], [003, 004]]
 * f.table();       // family, document, outlet, cited sources, strongest shared passage
 * HierarchicalClustering.of(f.distances(0.5), HierarchicalClustering.Linkage.AVERAGE).cut(2);
 * }</pre>
 */
public final class StoryFamilies implements Renderable {

    public static final double DEFAULT_MIN_REUSE_SCORE = 0.1;
    /** Default least story similarity for a shared cited source to link two documents. */
    public static final double DEFAULT_MIN_STORY_SIMILARITY = 0.15;

    public static final String FAMILY = "family";
    public static final String DOCUMENT = "document";
    public static final String OUTLET = "outlet";
    public static final String CITED_SOURCES = "cited_sources";
    public static final String PASSAGE_WITH = "passage_with";
    public static final String STRONGEST_PASSAGE = "strongest_passage";

    private final List<String> ids;           // sorted
    private final Map<String, String> outlets;
    private final List<List<String>> families;
    private final Map<String, Integer> familyOf;
    private final List<FamilyLink> links;
    private final List<String> excluded;
    private final Attribution attribution;
    private final SharedPassages reuse;
    private final double minReuseScore;
    private final Map<String, SharedPassage> strongest;

    private StoryFamilies(List<String> ids, Map<String, String> outlets, List<List<String>> families,
                          Map<String, Integer> familyOf, List<FamilyLink> links, List<String> excluded,
                          Attribution attribution, SharedPassages reuse, double minReuseScore) {
        this.ids = ids;
        this.outlets = outlets;
        this.families = families;
        this.familyOf = familyOf;
        this.links = links;
        this.excluded = excluded;
        this.attribution = attribution;
        this.reuse = reuse;
        this.minReuseScore = minReuseScore;
        this.strongest = strongest(reuse, familyOf);
    }

    /** Families with the defaults: standard organisations, standard text reuse, comments left out. */
    public static StoryFamilies of(Corpus corpus) {
        return builder().find(corpus);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The families, numbered from 1: {@code families().get(k - 1)} is family k, ids sorted. */
    public List<List<String>> families() {
        return families;
    }

    /** The number of the family of {@code document}. */
    public int family(String document) {
        Integer f = familyOf.get(Objects.requireNonNull(document, "document"));
        if (f == null) {
            if (excluded.contains(document)) {
                throw new IllegalArgumentException("document '" + document + "' is not in these families: it was left"
                        + " out as a reader comment (use includeComments(true))");
            }
            throw dev.lede.corpus.io.DocumentIds.unknown(document, familyOf.keySet(), "story families grouping");
        }
        return f;
    }

    /** The members of family {@code number} (1-based). */
    public List<String> members(int number) {
        if (number < 1 || number > families.size()) {
            throw new IllegalArgumentException("no family " + number + ": families are numbered 1 to " + families.size());
        }
        return families.get(number - 1);
    }

    /**
     * The edges of the graph, sorted by first, second, reason. Every linked pair is listed, so a
     * source cited by k documents gives k(k-1)/2 links.
     */
    public List<FamilyLink> links() {
        return links;
    }

    /** Documents left out (reader comments), in corpus order. */
    public List<String> excluded() {
        return excluded;
    }

    /** The attribution of the documents in the graph. */
    public Attribution attribution() {
        return attribution;
    }

    /** The text reuse between the documents in the graph. */
    public SharedPassages reuse() {
        return reuse;
    }

    /**
     * A combined distance between the documents of the graph (sorted ids):
     * {@code 1 - (w * J + (1 - w) * R)}, where J is the Jaccard similarity of the two documents'
     * cited sources (0 when either cites none), R their reuse score ({@link ReuseScores#score}),
     * and w = {@code sourceWeight} in [0, 1]. 1 means nothing in common; 0 the same sources and
     * complete reuse.
     */
    public DistanceMatrix distances(double sourceWeight) {
        if (!(sourceWeight >= 0 && sourceWeight <= 1)) {
            throw new IllegalArgumentException("sourceWeight " + sourceWeight + " is not in [0, 1]: give e.g. 0.5");
        }
        int n = ids.size();
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double jac = jaccard(attribution.citedSources(ids.get(i)), attribution.citedSources(ids.get(j)));
                double r = reuse.scores().score(ids.get(i), ids.get(j));
                double v = 1 - (sourceWeight * jac + (1 - sourceWeight) * r);
                d[i][j] = Math.max(0, v);
                d[j][i] = d[i][j];
            }
        }
        return DistanceMatrix.of(ids, d);
    }

    static double jaccard(SortedSet<String> a, SortedSet<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        TreeSet<String> inter = new TreeSet<>(a);
        inter.retainAll(b);
        TreeSet<String> union = new TreeSet<>(a);
        union.addAll(b);
        return (double) inter.size() / union.size();
    }

    /** The strongest non-boilerplate passage {@code document} shares with a member of its family, if any. */
    public java.util.Optional<SharedPassage> strongestPassage(String document) {
        family(document);
        return java.util.Optional.ofNullable(strongest.get(document));
    }

    /** Most tokens wins; passages come sorted, so ties keep the first. */
    private static Map<String, SharedPassage> strongest(SharedPassages reuse, Map<String, Integer> familyOf) {
        Map<String, SharedPassage> best = new java.util.HashMap<>();
        for (SharedPassage p : reuse.passages()) {
            Integer f = familyOf.get(p.first());
            if (f == null || !f.equals(familyOf.get(p.second()))) {
                continue;
            }
            for (String d : List.of(p.first(), p.second())) {
                SharedPassage b = best.get(d);
                if (b == null || p.tokens() > b.tokens()) {
                    best.put(d, p);
                }
            }
        }
        return best;
    }

    /**
     * One row per document, by family then id: {@link #FAMILY} (int), {@link #DOCUMENT},
     * {@link #OUTLET}, {@link #CITED_SOURCES} ("; "-joined), {@link #PASSAGE_WITH} (the family
     * member it shares its strongest passage with, empty when none), {@link #STRONGEST_PASSAGE}
     * (that passage as it is in this document). Named {@code "story families"}.
     */
    public Table table() {
        record Member(int family, String id, java.util.Optional<SharedPassage> strongest) {
            String with() {
                return strongest.map(x -> x.first().equals(id) ? x.second() : x.first()).orElse("");
            }

            String passage() {
                return strongest.map(x -> x.first().equals(id) ? x.firstText() : x.secondText()).orElse("");
            }
        }
        List<Member> members = new ArrayList<>();
        for (int k = 0; k < families.size(); k++) {
            for (String id : families.get(k)) {
                members.add(new Member(k + 1, id, strongestPassage(id)));
            }
        }
        return Tables.of("story families", members,
                Tables.integer(FAMILY, Member::family),
                Tables.text(DOCUMENT, Member::id),
                Tables.text(OUTLET, m -> outlets.get(m.id())),
                Tables.text(CITED_SOURCES, m -> String.join("; ", attribution.citedSources(m.id()))),
                Tables.text(PASSAGE_WITH, Member::with),
                Tables.text(STRONGEST_PASSAGE, Member::passage));
    }

    @Override
    public MimeBundle toMimeBundle() {
        Table t = table();
        String caption = families.size() + " story families of " + ids.size() + " documents"
                + (excluded.isEmpty() ? "" : " (" + excluded.size() + " reader comments left out)")
                + "; links: shared cited source, reuse score >= " + Cells.number(minReuseScore) + ", same file";
        Table l = linksTable();
        String lc = links.size() + " links";
        return MimeBundle.builder()
                .text(Rendering.text(t, caption) + "\n" + Rendering.text(l, lc))
                .html(Rendering.html(t, caption) + Rendering.html(l, lc))
                .build();
    }

    /** The links as a table: first, second, reason, evidence. */
    public Table linksTable() {
        return Tables.of("family links", links,
                Tables.text("first", FamilyLink::first),
                Tables.text("second", FamilyLink::second),
                Tables.text("reason", k -> k.reason().name()),
                Tables.text("evidence", FamilyLink::evidence));
    }

    @Override
    public String toString() {
        return toMimeBundle().get(MimeBundle.TEXT_PLAIN);
    }

    /** Options of {@link StoryFamilies}. */
    public static final class Builder {
        private NewsOrganisations organisations = NewsOrganisations.standard();
        private TextReuse textReuse = TextReuse.standard();
        private double minReuseScore = DEFAULT_MIN_REUSE_SCORE;
        private double minStorySimilarity = DEFAULT_MIN_STORY_SIMILARITY;
        private boolean linkSharedSources = true;
        private boolean linkSameFile = true;
        private boolean includeComments = false;

        private Builder() {
        }

        public Builder organisations(NewsOrganisations organisations) {
            this.organisations = Objects.requireNonNull(organisations, "organisations");
            return this;
        }

        public Builder textReuse(TextReuse textReuse) {
            this.textReuse = Objects.requireNonNull(textReuse, "textReuse");
            return this;
        }

        /** Least reuse score that links two documents, in (0, 1] (default 0.1); above 1 turns reuse links off. */
        public Builder minReuseScore(double score) {
            if (!(score > 0)) {
                throw new IllegalArgumentException("minReuseScore " + score + " must be > 0: give e.g. 0.1");
            }
            this.minReuseScore = score;
            return this;
        }

        /**
         * Least story similarity (shared names and figures, see the class comment) for a common
         * cited source to link two documents, in [0, 1] (default {@value #DEFAULT_MIN_STORY_SIMILARITY});
         * 0 links every pair that cites a common source, as before this rule.
         */
        public Builder minStorySimilarity(double similarity) {
            if (!(similarity >= 0 && similarity <= 1)) {
                throw new IllegalArgumentException("minStorySimilarity " + similarity + " is not in [0, 1]: give e.g. 0.15");
            }
            this.minStorySimilarity = similarity;
            return this;
        }

        /** Whether a common cited source links two documents (default true). */
        public Builder linkSharedSources(boolean link) {
            this.linkSharedSources = link;
            return this;
        }

        /** Whether documents from one file (one text split by a manifest) are linked (default true). */
        public Builder linkSameFile(boolean link) {
            this.linkSameFile = link;
            return this;
        }

        /** Whether reader comments take part (default false). */
        public Builder includeComments(boolean include) {
            this.includeComments = include;
            return this;
        }

        public StoryFamilies find(Corpus corpus) {
            Objects.requireNonNull(corpus, "corpus");
            List<String> excluded = new ArrayList<>();
            Corpus kept = corpus.filter(d -> {
                boolean comment = d.metadata().kind() == DocumentKind.COMMENT;
                if (comment && !includeComments) {
                    excluded.add(d.id());
                }
                return includeComments || !comment;
            });
            if (kept.isEmpty()) {
                throw new IllegalArgumentException("no documents to group: the corpus has " + corpus.size()
                        + " documents" + (excluded.isEmpty() ? "" : ", all reader comments (use includeComments(true))"));
            }
            Attribution attribution = Attribution.of(kept, organisations);
            SharedPassages reuse = textReuse.find(kept);
            List<String> ids = new ArrayList<>(kept.ids());
            Collections.sort(ids);
            int n = ids.size();
            Map<String, Integer> idx = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                idx.put(ids.get(i), i);
            }
            List<FamilyLink> links = new ArrayList<>();
            if (linkSameFile) {
                TreeMap<String, List<String>> byFile = new TreeMap<>();
                for (String id : ids) {
                    String file = file(kept.document(id));
                    if (!file.isEmpty()) {
                        byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(id);
                    }
                }
                byFile.forEach((file, members) -> {
                    for (int i = 0; i < members.size(); i++) {
                        for (int j = i + 1; j < members.size(); j++) {
                            links.add(new FamilyLink(members.get(i), members.get(j), FamilyLink.Reason.SAME_FILE, file));
                        }
                    }
                });
            }
            if (linkSharedSources) {
                StoryAnchors anchors = StoryAnchors.of(kept, organisations);
                TreeMap<String, List<String>> byOrg = new TreeMap<>();
                for (String id : ids) {
                    for (String org : attribution.citedSources(id)) {
                        if (!org.equals(Attribution.UNNAMED_AGENCIES)) {
                            byOrg.computeIfAbsent(org, k -> new ArrayList<>()).add(id);
                        }
                    }
                }
                TreeMap<String, TreeSet<String>> common = new TreeMap<>();
                byOrg.forEach((org, members) -> {
                    for (int i = 0; i < members.size(); i++) {
                        for (int j = i + 1; j < members.size(); j++) {
                            common.computeIfAbsent(members.get(i) + "\u0000" + members.get(j), k -> new TreeSet<>())
                                    .add(org);
                        }
                    }
                });
                common.forEach((key, orgs) -> {
                    int z = key.indexOf('\u0000');
                    String a = key.substring(0, z);
                    String b = key.substring(z + 1);
                    double story = anchors.similarity(a, b);
                    // one source is not one story: an agency files many
                    if (story >= minStorySimilarity) {
                        links.add(new FamilyLink(a, b, FamilyLink.Reason.SHARED_SOURCE, String.join("; ", orgs)
                                + String.format(java.util.Locale.ROOT, "; same story %.2f", story)));
                    }
                });
            }
            Map<String, SharedPassage> bestOfPair = new java.util.HashMap<>(); // lookup only
            for (SharedPassage s : reuse.passages()) {
                SharedPassage b = bestOfPair.get(s.first() + "\u0000" + s.second());
                if (b == null || s.tokens() > b.tokens()) {
                    bestOfPair.put(s.first() + "\u0000" + s.second(), s);
                }
            }
            for (ReuseScores.Pair p : reuse.scores().pairs()) {
                if (p.score() < minReuseScore) {
                    continue;
                }
                SharedPassage best = bestOfPair.get(p.first() + "\u0000" + p.second());
                boolean order = p.first().compareTo(p.second()) < 0;
                links.add(new FamilyLink(order ? p.first() : p.second(), order ? p.second() : p.first(),
                        FamilyLink.Reason.REUSE, String.format(java.util.Locale.ROOT, "score %.4f: %s", p.score(),
                        best != null ? best.firstText() : paraphraseEvidence(reuse, p))));
            }
            links.sort(java.util.Comparator.comparing(FamilyLink::first).thenComparing(FamilyLink::second)
                    .thenComparing(FamilyLink::reason));
            // union-find; the root of each component is its smallest index, i.e. smallest id
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            for (FamilyLink l : links) {
                int x = root(parent, idx.get(l.first()));
                int y = root(parent, idx.get(l.second()));
                if (x != y) {
                    parent[Math.max(x, y)] = Math.min(x, y);
                }
            }
            TreeMap<Integer, List<String>> comps = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                comps.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(ids.get(i));
            }
            List<List<String>> families = new ArrayList<>();
            Map<String, Integer> familyOf = new TreeMap<>();
            for (List<String> members : comps.values()) {
                families.add(List.copyOf(members));
                for (String m : members) {
                    familyOf.put(m, families.size());
                }
            }
            Map<String, String> outlets = new TreeMap<>();
            for (Document d : kept.documents()) {
                outlets.put(d.id(), d.metadata().outlet() == null ? "" : d.metadata().outlet());
            }
            return new StoryFamilies(List.copyOf(ids), Collections.unmodifiableMap(outlets), List.copyOf(families),
                    Collections.unmodifiableMap(familyOf), List.copyOf(links), List.copyOf(excluded), attribution,
                    reuse, minReuseScore);
        }

        /** The most similar paraphrased sentence pair of a pair that shares no verbatim passage. */
        private static String paraphraseEvidence(SharedPassages reuse, ReuseScores.Pair p) {
            return reuse.paraphrases(p.first(), p.second()).stream()
                    .max(java.util.Comparator.comparingDouble(dev.lede.reuse.ParaphrasePair::similarity))
                    .map(x -> String.format(java.util.Locale.ROOT, "paraphrase %.2f: %s | %s", x.similarity(),
                            x.firstText(), x.secondText()))
                    .orElse("");
        }

        private static int root(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** The file a document came from: its source without a trailing ":start-end" range. */
        static String file(Document d) {
            return d.source().replaceFirst(":\\d+-\\d+$", "");
        }
    }
}
