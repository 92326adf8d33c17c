package dev.lede.families;

/**
 * The evidence that a text cites a news organisation as its source ({@link SourceCitation#kind()}),
 * each of one {@link Evidence} class and with a base confidence (see {@link SourceCitation#confidence()}).
 *
 * <pre>{@code
 * Attribution.of(corpus).citations("002").get(0).kind();   // REPORTS ("the BBC reported")
 * }</pre>
 */
public enum CitationKind {
    /** "according to Reuters", "according to a report by the BBC", "according to the country's Yonhap news agency", "laut Reuters", "según la agencia AP". */
    ACCORDING_TO(Evidence.RELAYED, 0.9),
    /** The organisation followed by a reporting verb: "Reuters writes", "the BBC reported", "the Yonhap news agency reported", "the BBC's report". */
    REPORTS(Evidence.RELAYED, 0.9),
    /** Passive or verb first: "reported by the BBC", "as reported in the Global Times", "berichtete die Nachrichtenagentur Reuters". */
    REPORTED_BY(Evidence.RELAYED, 0.9),
    /** Someone speaking to the organisation: "told Reuters", "in a conversation with Reuters", "in an interview with the BBC". */
    TOLD(Evidence.RELAYED, 0.8),
    /** A source label: "Source: BBC", "via Reuters", "Photo: AFP". */
    SOURCE_LABEL(Evidence.CREDIT, 0.9),
    /** A headline or line that starts with the organisation and a colon: "Reuters: China ...". */
    HEADLINE(Evidence.RELAYED, 0.8),
    /** A dateline with slashes: "MOSCOW, June 19. /TASS/". */
    DATELINE(Evidence.CREDIT, 0.95),
    /** The organisation in parentheses, as in a dateline: "SEOUL (Yonhap) --", "(AFP)". */
    PARENTHETICAL(Evidence.CREDIT, 0.95),
    /** A credit after a dash at the end of a line: "... — Reuters". */
    DASH_CREDIT(Evidence.CREDIT, 0.9),
    /** A byline: a short line starting with "By" that names the organisation. */
    BYLINE(Evidence.CREDIT, 0.95),
    /** A line that is only the organisation ("Reuters", "(AFP)", "© AP") among the first two or last three lines. */
    CREDIT_LINE(Evidence.CREDIT, 0.9),
    /**
     * A note that describes the source at the start of a paragraph: "The British Broadcasting
     * Corporation is a British public service broadcaster ...".
     */
    SOURCE_NOTE(Evidence.RELAYED, 0.7),
    /** The page is the organisation's own: its title ends with the organisation's name ("... | BBC News"). */
    TITLE(Evidence.METADATA, 0.9),
    /** The page is the organisation's own: the {@code outlet} metadata names it. */
    OUTLET(Evidence.METADATA, 0.9),
    /**
     * A credit that names no agency: "(Agencies)", "— With agency reports", "with inputs from
     * agencies"; its organisation is {@value Attribution#UNNAMED_AGENCIES}.
     */
    UNNAMED_AGENCIES(Evidence.CREDIT, 0.5);

    /** What kind of evidence a citation is. */
    public enum Evidence {
        /** The text credits the organisation as the origin of its copy: a dateline, credit line, byline or label. */
        CREDIT,
        /** The text relays what the organisation reported, said or was told: "according to", "reported". */
        RELAYED,
        /** The document's metadata: its title or outlet. */
        METADATA
    }

    private final Evidence evidence;
    private final double confidence;

    CitationKind(Evidence evidence, double confidence) {
        this.evidence = evidence;
        this.confidence = confidence;
    }

    public Evidence evidence() {
        return evidence;
    }

    /** The confidence of a citation of this kind with no words between cue and name. */
    public double baseConfidence() {
        return confidence;
    }
}
