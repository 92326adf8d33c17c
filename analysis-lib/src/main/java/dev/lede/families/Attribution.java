package dev.lede.families;

import dev.lede.display.Tables;
import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.display.MimeBundle;
import dev.lede.display.Rendering;
import dev.lede.display.Renderable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Which news organisations each document cites as its source, with the phrase and offsets that
 * show it, kept apart from organisations a text merely mentions.
 *
 * <p>A name from {@link NewsOrganisations} counts as <b>cited</b> when a citation cue stands next
 * to it on the same line: "according to Reuters", "Reuters writes", "the BBC reported",
 * "told Reuters", "in a conversation with Reuters", "reported by the BBC", "(AFP)",
 * "&mdash; Reuters" at the end of a line, "Source: BBC", "via Reuters", a dateline "/TASS/",
 * a byline "By ... Reuters", a headline "Reuters: ...", or a note that describes the
 * organisation at the start of a paragraph ("The British Broadcasting Corporation is a British
 * public service broadcaster"); see {@link CitationKind}. A name joined to a cited one by "and"
 * or a comma ("Reuters and AFP reported") shares its cue. Any other occurrence is a
 * <b>mention</b> ("Chinese state-run CCTV aired a 20-second segment"). A document's own
 * metadata is evidence too: a title ending in "| BBC News" or an {@code outlet} that is exactly an
 * organisation's name marks the page as that organisation's own ({@link CitationKind#TITLE},
 * {@link CitationKind#OUTLET}). The metadata field {@code relays} is not read: it is the
 * manifest's claim, which attribution is there to check.
 *
 * <p>Per-document work is pure; the result is in corpus order. Empty documents cite nothing.
 *
 * <pre>{@code
 * Attribution a = Attribution.of(Corpus.load(Path.of("data/putin-pyongyang-2024")));
 * a.citedSources("002");     // [BBC]
 * a.citations("002");        // REPORTS "the BBC reported" 199-215, ...
 * a.mentions("002");         // CCTV, Global Times, People's Daily
 * a.sourcesTable();          // one row per document
 * }</pre>
 */
public final class Attribution implements Renderable {

    public static final String DOCUMENT = "document";
    public static final String ORGANISATION = "organisation";
    public static final String ROLE = "role";
    public static final String KIND = "kind";
    public static final String PHRASE = "phrase";
    public static final String START = "start";
    public static final String END = "end";
    public static final String OUTLET = "outlet";
    public static final String CITED_SOURCES = "cited_sources";
    public static final String MENTIONED = "mentioned";
    public static final String EVIDENCE = "evidence";
    public static final String CONFIDENCE = "confidence";
    /** The organisation of a credit that names no agency ("(Agencies)", "with agency reports"). */
    public static final String UNNAMED_AGENCIES = CitationFinder.UNNAMED_AGENCIES;
    /** {@link #ROLE} value of a citation. */
    public static final String CITED = "cited";

    private final List<String> ids;
    private final Map<String, String> outlets;
    private final Map<String, List<SourceCitation>> citations;
    private final Map<String, List<OrganisationMention>> mentions;

    private Attribution(List<String> ids, Map<String, String> outlets, Map<String, List<SourceCitation>> citations,
                        Map<String, List<OrganisationMention>> mentions) {
        this.ids = List.copyOf(ids);
        this.outlets = outlets;
        this.citations = citations;
        this.mentions = mentions;
    }

    /** Attribution with the {@link NewsOrganisations#standard() standard} list. */
    public static Attribution of(Corpus corpus) {
        return of(corpus, NewsOrganisations.standard());
    }

    public static Attribution of(Corpus corpus, NewsOrganisations organisations) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(organisations, "organisations");
        List<String> ids = new ArrayList<>();
        Map<String, String> outlets = new LinkedHashMap<>();
        Map<String, List<SourceCitation>> cites = new LinkedHashMap<>();
        Map<String, List<OrganisationMention>> ments = new LinkedHashMap<>();
        for (Document d : corpus.documents()) {
            CitationFinder.Found f = CitationFinder.find(d, organisations);
            ids.add(d.id());
            outlets.put(d.id(), d.metadata().outlet() == null ? "" : d.metadata().outlet());
            cites.put(d.id(), f.citations());
            ments.put(d.id(), f.mentions());
        }
        return new Attribution(ids, Collections.unmodifiableMap(outlets), Collections.unmodifiableMap(cites),
                Collections.unmodifiableMap(ments));
    }

    /** Document ids, in corpus order. */
    public List<String> documents() {
        return ids;
    }

    /** All citations, documents in corpus order, each document's metadata evidence first, then text order. */
    public List<SourceCitation> citations() {
        List<SourceCitation> out = new ArrayList<>();
        citations.values().forEach(out::addAll);
        return List.copyOf(out);
    }

    /** The citations of one document. */
    public List<SourceCitation> citations(String document) {
        return citations.get(known(document));
    }

    /** Organisations named without a citation cue, in corpus and text order. */
    public List<OrganisationMention> mentions() {
        List<OrganisationMention> out = new ArrayList<>();
        mentions.values().forEach(out::addAll);
        return List.copyOf(out);
    }

    public List<OrganisationMention> mentions(String document) {
        return mentions.get(known(document));
    }

    /** The organisations {@code document} cites, sorted. */
    public SortedSet<String> citedSources(String document) {
        TreeSet<String> s = new TreeSet<>();
        for (SourceCitation c : citations(document)) {
            s.add(c.organisation());
        }
        return Collections.unmodifiableSortedSet(s);
    }

    /** Cited organisations of every document, by id. */
    public SortedMap<String, SortedSet<String>> citedSources() {
        TreeMap<String, SortedSet<String>> m = new TreeMap<>();
        for (String id : ids) {
            m.put(id, citedSources(id));
        }
        return Collections.unmodifiableSortedMap(m);
    }

    /** Organisations {@code document} mentions and does not cite, sorted. */
    public SortedSet<String> mentionedOnly(String document) {
        TreeSet<String> s = new TreeSet<>();
        for (OrganisationMention m : mentions(document)) {
            s.add(m.organisation());
        }
        s.removeAll(citedSources(document));
        return Collections.unmodifiableSortedSet(s);
    }

    private String known(String document) {
        Objects.requireNonNull(document, "document");
        if (!citations.containsKey(document)) {
            throw dev.lede.corpus.io.DocumentIds.unknown(document, citations.keySet(), "attribution");
        }
        return document;
    }

    /**
     * One row per citation and per mention, documents in corpus order, citations first:
     * {@link #DOCUMENT}, {@link #ORGANISATION}, {@link #ROLE} ({@value #CITED} or
     * {@value #MENTIONED}), {@link #KIND} (the {@link CitationKind} name, empty for mentions),
     * {@link #EVIDENCE} (its {@link CitationKind.Evidence} name, empty for mentions),
     * {@link #CONFIDENCE} (double, {@link SourceCitation#confidence()}, missing for mentions),
     * {@link #PHRASE} (text), {@link #START}, {@link #END} (integers, -1 for metadata evidence).
     * Named {@code "attribution"}.
     */
    public Table table() {
        StringColumn doc = StringColumn.create(DOCUMENT);
        StringColumn org = StringColumn.create(ORGANISATION);
        StringColumn role = StringColumn.create(ROLE);
        StringColumn kind = StringColumn.create(KIND);
        StringColumn evidence = StringColumn.create(EVIDENCE);
        tech.tablesaw.api.DoubleColumn confidence = tech.tablesaw.api.DoubleColumn.create(CONFIDENCE);
        StringColumn phrase = StringColumn.create(PHRASE);
        IntColumn start = IntColumn.create(START);
        IntColumn end = IntColumn.create(END);
        for (String id : ids) {
            for (SourceCitation c : citations.get(id)) {
                doc.append(id);
                org.append(c.organisation());
                role.append(CITED);
                kind.append(c.kind().name());
                evidence.append(c.kind().evidence().name());
                confidence.append(c.confidence());
                phrase.append(c.phrase());
                start.append(c.start());
                end.append(c.end());
            }
            for (OrganisationMention m : mentions.get(id)) {
                doc.append(id);
                org.append(m.organisation());
                role.append(MENTIONED);
                kind.append("");
                evidence.append("");
                confidence.appendMissing();
                phrase.append(m.text());
                start.append(m.start());
                end.append(m.end());
            }
        }
        return Table.create("attribution", doc, org, role, kind, evidence, confidence, phrase, start, end);
    }

    /**
     * One row per document in corpus order: {@link #DOCUMENT}, {@link #OUTLET},
     * {@link #CITED_SOURCES}, {@link #MENTIONED} (organisations mentioned but not cited), the
     * last two "; "-joined and sorted. Named {@code "cited sources"}.
     */
    public Table sourcesTable() {
        return Tables.of("cited sources", ids,
                Tables.text(DOCUMENT, id -> id),
                Tables.text(OUTLET, outlets::get),
                Tables.text(CITED_SOURCES, id -> String.join("; ", citedSources(id))),
                Tables.text(MENTIONED, id -> String.join("; ", mentionedOnly(id))));
    }

    /** The per-document table, then every citation and mention with its phrase (all escaped). */
    @Override
    public MimeBundle toMimeBundle() {
        Table s = sourcesTable();
        Table t = table();
        String c1 = "Cited sources of " + ids.size() + " documents";
        String c2 = "Evidence: " + citations().size() + " citations, " + mentions().size() + " mentions";
        return MimeBundle.builder()
                .text(Rendering.text(s, c1) + "\n" + Rendering.text(t, c2))
                .html(Rendering.html(s, c1) + Rendering.html(t, c2))
                .build();
    }

    @Override
    public String toString() {
        return toMimeBundle().get(MimeBundle.TEXT_PLAIN);
    }
}
