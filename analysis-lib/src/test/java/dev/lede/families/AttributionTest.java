package dev.lede.families;

import dev.lede.corpus.Corpus;
import dev.lede.corpus.Document;
import dev.lede.corpus.Metadata;
import dev.lede.display.MimeBundle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class AttributionTest {

    /** The citations of a one-document corpus as "ORG KIND 'phrase' start-end". */
    private static List<String> cites(String text) {
        Attribution a = Attribution.of(Corpus.of(Document.of("d", text)));
        return a.citations("d").stream()
                .map(c -> c.organisation() + " " + c.kind() + " '" + c.phrase() + "' " + c.start() + "-" + c.end())
                .toList();
    }

    private static List<String> mentions(String text) {
        return Attribution.of(Corpus.of(Document.of("d", text))).mentions("d").stream()
                .map(m -> m.organisation() + " " + m.start() + "-" + m.end()).toList();
    }

    @Test
    void accordingTo() {
        assertEquals(List.of("Reuters ACCORDING_TO 'according to Reuters' 12-32"),
                cites("It rose 5%, according to Reuters."));
        assertEquals(List.of("BBC ACCORDING_TO 'according to a report by the BBC' 0-32"),
                cites("according to a report by the BBC, talks failed"));
    }

    @Test
    void organisationWithReportingVerb() {
        assertEquals(List.of("Reuters REPORTS 'Reuters writes' 11-25"), cites("Thus, yes, Reuters writes."));
        assertEquals(List.of("BBC REPORTS 'the BBC reported' 13-29"), cites("On the 19th, the BBC reported a sign"));
        assertEquals(List.of("Reuters REPORTS 'Reuters also added' 0-18"), cites("Reuters also added that"));
        assertEquals(List.of("BBC REPORTS 'The BBC’s correspondent' 0-23"), cites("The BBC’s correspondent says"));
    }

    @Test
    void coordinatedNamesShareTheCue() {
        assertEquals(List.of("Reuters REPORTS 'Reuters' 0-7", "AFP REPORTS 'AFP reported' 12-24"),
                cites("Reuters and AFP reported it."));
        assertEquals(List.of("Reuters ACCORDING_TO 'according to Reuters' 0-20", "BBC ACCORDING_TO 'BBC' 29-32"),
                cites("according to Reuters and the BBC"));
        assertEquals(List.of("Reuters REPORTS 'Reuters tally' 2-15"), cites("A Reuters tally showed 40 dead."));
        // a comma that does not join two names shares nothing
        assertEquals(List.of(), cites("The Global Times, affiliated with the People’s Daily, downplayed it"));
    }

    @Test
    void spokeToTheOrganisation() {
        assertEquals(List.of("Reuters TOLD 'told Reuters' 8-20"), cites("An aide told Reuters on Monday."));
        assertEquals(List.of("Reuters TOLD 'in a conversation with Reuters' 13-43"),
                cites("Zhao said so in a conversation with Reuters."));
        assertEquals(List.of("BBC TOLD 'in an interview with the BBC' 4-32"),
                cites("He, in an interview with the BBC, denied it"));
    }

    @Test
    void passiveReportedBy() {
        assertEquals(List.of("Yonhap REPORTED_BY 'as reported by Yonhap' 11-32"),
                cites("The talks, as reported by Yonhap, ended"));
    }

    @Test
    void creditsDatelinesAndLabels() {
        assertEquals(List.of("AFP PARENTHETICAL '(AFP)' 6-11"), cites("PARIS (AFP) - Talks began."));
        assertEquals(List.of("TASS DATELINE '/TASS/' 17-23"), cites("MOSCOW, June 19. /TASS/. Putin said"));
        assertEquals(List.of("Reuters DASH_CREDIT '— Reuters' 20-29"), cites("Officials declined. — Reuters\nNext"));
        assertEquals(List.of("BBC SOURCE_LABEL 'Source: BBC' 0-11"), cites("Source: BBC"));
        assertEquals(List.of("Reuters SOURCE_LABEL 'via Reuters' 8-19"), cites("Picture via Reuters today"));
        assertEquals(List.of("AP BYLINE 'By Jane Doe, AP' 0-15"), cites("By Jane Doe, AP\nSEOUL is quiet."));
        assertEquals(List.of("Reuters HEADLINE 'Reuters:' 0-8"), cites("Reuters: China is cautious\nText"));
    }

    @Test
    void sourceNoteDescribingTheBroadcaster() {
        assertEquals(List.of("BBC SOURCE_NOTE 'The British Broadcasting Corporation is a British public service "
                        + "broadcaster' 6-82"),
                cites("Notes\nThe British Broadcasting Corporation is a British public service broadcaster in London."));
    }

    @Test
    void mentionedIsNotCited() {
        String t = "Chinese state-run CCTV aired a 20-second segment. The Global Times, affiliated with the "
                + "People’s Daily, downplayed the visit.";
        assertEquals(List.of(), cites(t));
        assertEquals(List.of("CCTV 18-22", "Global Times 50-66", "People's Daily 88-102"), mentions(t));
        // a parenthesised abbreviation after the full name glosses it, it credits nothing
        assertEquals(List.of(), cites("China Central Television (CCTV) aired it"));
        assertEquals(List.of("CCTV 0-24", "CCTV 26-30"), mentions("China Central Television (CCTV) aired it"));
        // lower case is not the agency
        assertEquals(List.of(), mentions("the reuters of old"));
    }

    @Test
    void ownPageByTitleAndOutlet() {
        Document page = Document.of("p", "Text without any names.",
                Metadata.of(Map.of(Metadata.TITLE, "Putin in Pyongyang | BBC News", Metadata.OUTLET, "BBC News")));
        Document blog = Document.of("q", "Nothing here.",
                Metadata.of(Map.of(Metadata.TITLE, "Putin-Kim friendship", Metadata.OUTLET, "Blog relaying Reuters")));
        Attribution a = Attribution.of(Corpus.of(page, blog));
        assertEquals(List.of(CitationKind.TITLE, CitationKind.OUTLET),
                a.citations("p").stream().map(SourceCitation::kind).toList());
        SourceCitation title = a.citations("p").get(0);
        assertEquals("Putin in Pyongyang | BBC News", title.phrase());
        assertEquals(-1, title.start());
        assertTrue(title.fromMetadata());
        assertEquals(Set.of("BBC"), a.citedSources("p"));
        assertEquals(Set.of(), a.citedSources("q"));
    }

    @Test
    void relaysMetadataIsNotRead() {
        Document d = Document.of("r", "No names at all.", Metadata.of(Map.of(Metadata.RELAYS, "Reuters")));
        assertEquals(Set.of(), Attribution.of(Corpus.of(d)).citedSources("r"));
    }

    @Test
    void customListFindsNewOrganisations() {
        NewsOrganisations orgs = NewsOrganisations.standard().with("Arirang", "broadcaster", "Arirang TV");
        Attribution a = Attribution.of(Corpus.of(Document.of("d", "Arirang TV reported the parade.")), orgs);
        assertEquals(Set.of("Arirang"), a.citedSources("d"));
    }

    @Test
    void emptyDocumentsAndUnknownIds() {
        Attribution a = Attribution.of(Corpus.of(Document.of("e", ""), Document.of("f", "Reuters writes.")));
        assertEquals(List.of(), a.citations("e"));
        assertEquals(List.of(), a.mentions("e"));
        assertEquals(Set.of("Reuters"), a.citedSources("f"));
        assertEquals(Map.of("e", Set.of(), "f", Set.of("Reuters")), a.citedSources());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.citations("zzz"));
        assertTrue(e.getMessage().contains("zzz"));
        assertEquals(List.of(), Attribution.of(Corpus.of(List.of())).citations());
    }

    @Test
    void tablesAndRendering() {
        Attribution a = Attribution.of(Corpus.of(
                Document.of("x", "<script> the BBC reported & CCTV aired it"),
                Document.of("y", "nothing")));
        Table t = a.table();
        assertEquals(List.of(Attribution.DOCUMENT, Attribution.ORGANISATION, Attribution.ROLE, Attribution.KIND, Attribution.EVIDENCE, Attribution.CONFIDENCE,
                Attribution.PHRASE, Attribution.START, Attribution.END), t.columnNames());
        assertEquals(List.of("cited", "mentioned"), t.stringColumn(Attribution.ROLE).asList());
        assertEquals(List.of("REPORTS", ""), t.stringColumn(Attribution.KIND).asList());
        assertEquals(List.of(9, 28), t.intColumn(Attribution.START).asList());
        Table s = a.sourcesTable();
        assertEquals(List.of(Attribution.DOCUMENT, Attribution.OUTLET, Attribution.CITED_SOURCES,
                Attribution.MENTIONED), s.columnNames());
        assertEquals(List.of("BBC", ""), s.stringColumn(Attribution.CITED_SOURCES).asList());
        assertEquals(List.of("CCTV", ""), s.stringColumn(Attribution.MENTIONED).asList());
        String html = a.toMimeBundle().get(MimeBundle.TEXT_HTML);
        assertFalse(html.contains("<script>"));
        assertEquals(a.toMimeBundle(), Attribution.of(Corpus.of(
                Document.of("x", "<script> the BBC reported & CCTV aired it"),
                Document.of("y", "nothing"))).toMimeBundle());
    }

    private static List<String> withEvidence(String text) {
        Attribution a = Attribution.of(Corpus.of(Document.of("d", text)));
        return a.citations("d").stream().map(c -> c.organisation() + " " + c.kind() + " '" + c.phrase() + "' "
                + c.kind().evidence() + " " + c.confidence()).toList();
    }

    @Test
    void creditLinesDatelinesAndUnnamedAgencies() {
        assertEquals(List.of("Reuters CREDIT_LINE 'Reuters' CREDIT 0.9"),
                withEvidence("Mine floods\n\nCodelco shut the mine.\n\nCopper rose.\n\nReuters\n"));
        assertEquals(List.of("AP CREDIT_LINE 'AP' CREDIT 0.9"), withEvidence("AP\n\nATHENS — A fire spread.\nMore later."));
        // a name alone on a line in the middle is not a credit line
        assertEquals(List.of(), withEvidence("One.\nTwo.\nThree.\nReuters\nFour.\nFive.\nSix.\nSeven."));
        assertEquals(List.of("Yonhap PARENTHETICAL '(Yonhap)' CREDIT 0.95"), withEvidence("SEOUL, May 12 (Yonhap) -- A ferry ran aground."));
        assertEquals(List.of("Reuters DASH_CREDIT '— Reuters' CREDIT 0.9"), withEvidence("Codelco shut the mine. — Reuters\nMore."));
        assertEquals(List.of("(agencies) UNNAMED_AGENCIES '(Agencies)' CREDIT 0.5"), withEvidence("Trains stop.\n\n(Agencies)\n"));
        assertEquals(List.of("(agencies) UNNAMED_AGENCIES '- With agency reports' CREDIT 0.5"),
                withEvidence("Codelco shut the mine.\n\n- With agency reports\n"));
    }

    @Test
    void possessivesAndShortPhrasesBetweenNameAndCue() {
        assertEquals(List.of("Yonhap ACCORDING_TO 'according to the country's state news agency Yonhap' RELAYED 0.7"),
                withEvidence("All were rescued, according to the country's state news agency Yonhap."));
        assertEquals(List.of("Yonhap REPORTS 'the Yonhap news agency reported' RELAYED 0.85"),
                withEvidence("All were rescued, the Yonhap news agency reported."));
        assertEquals(List.of("AFP REPORTED_BY 'reported by the French agency AFP' RELAYED 0.8"),
                withEvidence("The record was reported by the French agency AFP."));
        assertEquals(List.of("Reuters REPORTED_BY 'berichtete die Nachrichtenagentur Reuters' RELAYED 0.9"),
                withEvidence("Der Hafen streikt, berichtete die Nachrichtenagentur Reuters."));
        // the phrase never reaches back over another name
        assertEquals(List.of("Xinhua REPORTS 'Xinhua said' RELAYED 0.9"), withEvidence("Reuters and the ministry say Xinhua said so."));
    }
}
