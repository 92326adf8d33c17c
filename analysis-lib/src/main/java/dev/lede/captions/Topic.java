package dev.lede.captions;

import dev.lede.coverage.Actors;
import dev.lede.stats.TermPattern;
import dev.lede.text.DocumentTokens;
import dev.lede.text.Span;
import dev.lede.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a story is about, as words to look for: terms and phrases that may use wildcards and
 * regular expressions ({@code summit}, {@code north korea*}, {@code /sanction(s|ed)?/}, see
 * {@link TermPattern}), or the names and aliases of {@link Actors}. Matching is on the terms of
 * the standard tokenizer with hyphens split, as for {@link Actors}: case and possessives are
 * ignored ("Pyongyang’s" is Pyongyang). Where phrases overlap, the longest wins, then the one
 * given first; matches do not overlap and are found left to right. Immutable.
 *
 * <pre>{@code
 * Topic summit = Topic.terms("summit", "Putin", "Kim Jong Un", "Pyongyang").named("the summit");
 * Topic countries = Topic.actors(Actors.chinaRussiaNorthKorea());
 * summit.find("Putin arrived in Pyongyang").size();   // 2
 * }</pre>
 */
public final class Topic {

    private static final Tokenizer MATCHING = Tokenizer.builder().splitHyphens(true).build();

    /** A match: the phrase as given (or the actor's name), and the characters it covers. */
    public record Match(String label, Span span) {
    }

    private record Phrase(List<TermPattern> terms, String label, int order) {
    }

    private final String name;
    private final List<Phrase> phrases;

    private Topic(String name, List<Phrase> phrases) {
        this.name = name;
        List<Phrase> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.<Phrase>comparingInt(p -> -p.terms().size()).thenComparingInt(Phrase::order));
        this.phrases = List.copyOf(sorted);
    }

    /** A topic of terms and phrases (each may use wildcards or a regular expression); named by the terms joined with ", ". */
    public static Topic terms(String... queries) {
        Objects.requireNonNull(queries, "queries");
        if (queries.length == 0) {
            throw new IllegalArgumentException("a topic needs at least one term: Topic.terms(\"summit\", ...)");
        }
        List<Phrase> ps = new ArrayList<>();
        for (String q : queries) {
            Objects.requireNonNull(q, "term");
            ps.add(new Phrase(TermPattern.phrase(q, MATCHING), q.strip(), ps.size()));
        }
        return new Topic(String.join(", ", List.of(queries).stream().map(String::strip).toList()), ps);
    }

    /** A topic of actors: a match of any name or alias, labelled with the actor's name; named by the actors' names. */
    public static Topic actors(Actors actors) {
        Objects.requireNonNull(actors, "actors");
        List<Phrase> ps = new ArrayList<>();
        for (Map.Entry<String, String> e : actors.phrases().entrySet()) {
            List<TermPattern> terms = new ArrayList<>();
            for (String t : MATCHING.tokenize(e.getKey()).terms()) {
                terms.add(TermPattern.parse(t.replace("*", "").replace("?", "")));
            }
            ps.add(new Phrase(terms, e.getValue(), ps.size()));
        }
        return new Topic(String.join(", ", actors.names()), ps);
    }

    /** The same topic under another name (the story, in tables and measures). */
    public Topic named(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a topic name is blank: give the story a name such as \"the summit\"");
        }
        return new Topic(name.strip(), phrases);
    }

    public String name() {
        return name;
    }

    /** The matches in {@code text}, left to right. */
    public List<Match> find(String text) {
        DocumentTokens t = MATCHING.tokenize(Objects.requireNonNull(text, "text"));
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < t.size(); ) {
            Phrase hit = null;
            for (Phrase p : phrases) {
                if (matches(t, i, p.terms())) {
                    hit = p;
                    break;
                }
            }
            if (hit == null) {
                i++;
            } else {
                out.add(new Match(hit.label(), new Span(t.start(i), t.end(i + hit.terms().size() - 1))));
                i += hit.terms().size();
            }
        }
        return out;
    }

    private static boolean matches(DocumentTokens t, int i, List<TermPattern> terms) {
        if (i + terms.size() > t.size()) {
            return false;
        }
        for (int j = 0; j < terms.size(); j++) {
            if (!terms.get(j).matches(t.term(i + j))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Topic[" + name + "]";
    }
}
