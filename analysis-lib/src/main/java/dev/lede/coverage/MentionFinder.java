package dev.lede.coverage;

import dev.lede.text.DocumentTokens;
import dev.lede.text.Span;
import dev.lede.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Finds actor mentions in one text: whole-term matches, longest phrase first, left to right. Pure. */
final class MentionFinder {

    private static final Tokenizer MATCHING = Tokenizer.builder().splitHyphens(true).build();

    /** One match: the actor, and the span of the matched words. */
    public record Match(String actor, Span span) {
    }

    private record Phrase(String[] terms, String actor) {
    }

    private final List<Phrase> phrases;

    /** From phrase (name or alias, as written) to actor name. */
    public MentionFinder(Map<String, String> phraseToActor) {
        List<Phrase> ps = new ArrayList<>();
        phraseToActor.forEach((phrase, actor) -> ps.add(new Phrase(
                MATCHING.tokenize(phrase).terms().toArray(String[]::new), actor)));
        ps.sort(Comparator.<Phrase>comparingInt(p -> -p.terms.length).thenComparing(p -> String.join(" ", p.terms)));
        this.phrases = List.copyOf(ps);
    }

    public List<Match> find(String text) {
        DocumentTokens t = MATCHING.tokenize(text);
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < t.size(); ) {
            Phrase hit = null;
            for (Phrase p : phrases) {
                if (matches(t, i, p.terms)) {
                    hit = p;
                    break;
                }
            }
            if (hit == null) {
                i++;
            } else {
                out.add(new Match(hit.actor, new Span(t.start(i), t.end(i + hit.terms.length - 1))));
                i += hit.terms.length;
            }
        }
        return out;
    }

    private static boolean matches(DocumentTokens t, int i, String[] terms) {
        if (i + terms.length > t.size()) {
            return false;
        }
        for (int j = 0; j < terms.length; j++) {
            if (!terms[j].equals(t.term(i + j))) {
                return false;
            }
        }
        return true;
    }
}
