package dev.lede.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewsOrganisationsTest {

    private static final NewsOrganisations ORGS = NewsOrganisations.standard();

    private static List<String> found(NewsOrganisations o, String text) {
        return o.find(text).stream().map(m -> m.organisation() + " " + m.start() + "-" + m.end()).toList();
    }

    @Test
    void builtInListHasTheAgenciesAndBroadcastersOfTheIssue() {
        for (String name : List.of("AFP", "AP", "Reuters", "BBC", "TASS", "RIA Novosti", "Xinhua", "Yonhap", "Kyodo",
                "Bloomberg", "CNN", "NHK", "CCTV", "Global Times")) {
            assertTrue(ORGS.names().contains(name), name);
        }
        assertEquals("agency", ORGS.kind("Reuters"));
        assertEquals("broadcaster", ORGS.kind("BBC"));
        assertTrue(ORGS.aliases("BBC").contains("British Broadcasting Corporation"));
        assertEquals(ORGS.size(), ORGS.table().rowCount());
    }

    @Test
    void aliasesResolveToTheCanonicalName() {
        assertEquals(Optional.of("BBC"), ORGS.resolve("British Broadcasting Corporation"));
        assertEquals(Optional.of("BBC"), ORGS.resolve("BBC News"));
        assertEquals(Optional.of("AFP"), ORGS.resolve("Agence France-Presse"));
        assertEquals(Optional.of("People's Daily"), ORGS.resolve("People’s Daily"));
        assertEquals(Optional.empty(), ORGS.resolve("News site relaying Reuters (003)"));
        assertEquals(Optional.empty(), ORGS.resolve("AI summary site"));
    }

    @Test
    void matchingIsCaseAware() {
        assertEquals(List.of("Reuters 0-7", "Reuters 12-19"), found(ORGS, "Reuters and REUTERS but not reuters"));
        assertEquals(List.of("AP 4-6"), found(ORGS, "Ap, AP, ap"));
        assertEquals(List.of("Global Times 4-20"), found(ORGS, "and the Global Times"));
        assertEquals(List.of("Global Times 0-16"), found(ORGS, "The Global Times said"));
        // whole words only
        assertEquals(List.of(), found(ORGS, "APEC and CNNs and BBCx"));
    }

    @Test
    void longestAliasWinsAndShorterOnesFitWhereCaseFails() {
        assertEquals(List.of("BBC 4-12"), found(ORGS, "the BBC News page"));
        assertEquals(List.of("BBC 0-3"), found(ORGS, "BBC news is on"));
        assertEquals("BBC News", ORGS.find("the BBC News page").get(0).text());
    }

    @Test
    void extendAndTrim() {
        NewsOrganisations more = ORGS.with("Arirang", "broadcaster", "Arirang TV");
        assertEquals(List.of("Arirang 10-20"), found(more, "Watch the Arirang TV news"));
        assertEquals(List.of(), found(ORGS, "Watch the Arirang TV news"));
        NewsOrganisations bbc = ORGS.with("BBC", "broadcaster", "Beeb");
        assertEquals(List.of("BBC 0-4"), found(bbc, "Beeb says"));
        assertEquals(List.of(), found(ORGS.without("Reuters"), "Reuters writes"));
        assertEquals(List.of("X 0-1"), found(NewsOrganisations.empty().with("X", "agency"), "X said"));
        assertThrows(IllegalArgumentException.class, () -> ORGS.without("Nobody"));
        assertThrows(IllegalArgumentException.class, () -> ORGS.with(" ", "agency"));
        assertThrows(IllegalArgumentException.class, () -> ORGS.with("Z", "agency", ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ORGS.with("Other", "agency", "BBC"));
        assertTrue(e.getMessage().contains("'BBC'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ORGS.kind("Nobody"));
    }
}
