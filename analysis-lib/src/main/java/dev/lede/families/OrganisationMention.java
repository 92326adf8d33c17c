package dev.lede.families;

/**
 * A news organisation a text names without citing it as its source (the seeds' "Chinese
 * state-run CCTV aired a 20-second segment", "The Global Times ... downplayed"): the canonical
 * name, the text as written and its character offsets [start, end).
 *
 * <pre>{@code
 * Attribution.of(corpus).mentions("002");   // CCTV, Global Times, People's Daily
 * }</pre>
 */
public record OrganisationMention(String document, String organisation, String text, int start, int end) {
}
