package dev.lede.families;

/**
 * The evidence that a text cites a news organisation as its source ({@link SourceCitation#kind()}).
 *
 * <pre>{@code
 * Attribution.of(corpus).citations("002").get(0).kind();   // REPORTS ("the BBC reported")
 * }</pre>
 */
public enum CitationKind {
    /** "according to Reuters", "according to a report by the BBC". */
    ACCORDING_TO,
    /** The organisation followed by a reporting verb: "Reuters writes", "the BBC reported", "BBC argues", "the BBC's report". */
    REPORTS,
    /** Passive: "reported by the BBC", "as reported in the Global Times", "cited by Yonhap". */
    REPORTED_BY,
    /** Someone speaking to the organisation: "told Reuters", "in a conversation with Reuters", "in an interview with the BBC". */
    TOLD,
    /** A source label: "Source: BBC", "via Reuters", "Photo: AFP". */
    SOURCE_LABEL,
    /** A headline or line that starts with the organisation and a colon: "Reuters: China ...". */
    HEADLINE,
    /** A dateline with slashes: "MOSCOW, June 19. /TASS/". */
    DATELINE,
    /** The organisation in parentheses, as in a dateline: "SEOUL (Yonhap) --", "(AFP)". */
    PARENTHETICAL,
    /** A credit after a dash at the end of a line: "... — Reuters". */
    DASH_CREDIT,
    /** A byline: a short line starting with "By" that names the organisation. */
    BYLINE,
    /**
     * A note that describes the source at the start of a paragraph: "The British Broadcasting
     * Corporation is a British public service broadcaster ...".
     */
    SOURCE_NOTE,
    /** The page is the organisation's own: its title ends with the organisation's name ("... | BBC News"). */
    TITLE,
    /** The page is the organisation's own: the {@code outlet} metadata names it. */
    OUTLET
}
