package dev.lede.coverage;

import dev.lede.text.DocumentTokens;
import dev.lede.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Named actors for {@link ShareOfVoice}, each with the aliases that count as a mention of it
 * ("Beijing" for China). Names and aliases are matched as whole words on the terms of the standard
 * tokenizer with hyphens split, so matching ignores case and possessives ("China’s" is China),
 * and "North Korea-Russia" mentions both North Korea and Russia. Immutable; actors keep the
 * order they were added in.
 *
 * <pre>{@code
 * Actors actors = Actors.builder()
 *         .actor("China", "Beijing")
 *         .actor("Russia", "Moscow", "Kremlin")
 *         .actor("North Korea", "Pyongyang", "DPRK")
 *         .build();
 * ShareOfVoice sov = ShareOfVoice.of(corpus, actors);
 * }</pre>
 */
public final class Actors {

    /** The tokenizer that splits names, aliases and texts for matching. */
    private static final Tokenizer MATCHING = Tokenizer.builder().splitHyphens(true).build();

    private final Map<String, List<String>> aliases; // name -> aliases, insertion order

    private Actors(Map<String, List<String>> aliases) {
        this.aliases = Collections.unmodifiableMap(aliases);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * China (alias Beijing), Russia (Moscow, Kremlin) and North Korea (Pyongyang, DPRK): the actors
     * of the seed corpus. Adjectives such as "Chinese" are not aliases; add them with a builder.
     */
    public static Actors chinaRussiaNorthKorea() {
        return builder().actor("China", "Beijing").actor("Russia", "Moscow", "Kremlin")
                .actor("North Korea", "Pyongyang", "DPRK").build();
    }

    /** The actors' names, in the order they were added. */
    public List<String> names() {
        return List.copyOf(aliases.keySet());
    }

    /** The aliases of {@code name} (not including the name). */
    public List<String> aliases(String name) {
        List<String> a = aliases.get(Objects.requireNonNull(name, "name"));
        if (a == null) {
            throw new IllegalArgumentException("no actor '" + name + "'; actors are " + names());
        }
        return a;
    }

    /** Every phrase that counts (name and aliases) with its actor, sorted by phrase. */
    public Map<String, String> phrases() {
        TreeMap<String, String> out = new TreeMap<>();
        aliases.forEach((name, as) -> {
            out.put(name, name);
            as.forEach(a -> out.put(a, name));
        });
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "Actors" + aliases;
    }

    /** Builds {@link Actors}; names must be distinct and no phrase may belong to two actors. */
    public static final class Builder {
        private final LinkedHashMap<String, List<String>> aliases = new LinkedHashMap<>();
        /** normalised phrase (terms joined by spaces) -> actor, to catch clashes. */
        private final Map<String, String> owners = new TreeMap<>();

        private Builder() {
        }

        /** Adds an actor with its aliases. */
        public Builder actor(String name, String... aliases) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(aliases, "aliases");
            String n = name.strip();
            if (this.aliases.containsKey(n)) {
                throw new IllegalArgumentException("actor '" + n + "' is added twice: add all its aliases at once");
            }
            List<String> as = new ArrayList<>();
            claim(n, n);
            for (String a : aliases) {
                Objects.requireNonNull(a, "alias of " + n);
                claim(a.strip(), n);
                as.add(a.strip());
            }
            this.aliases.put(n, List.copyOf(as));
            return this;
        }

        private void claim(String phrase, String actor) {
            DocumentTokens t = MATCHING.tokenize(phrase);
            if (t.size() == 0) {
                throw new IllegalArgumentException("name or alias '" + phrase + "' of actor '" + actor
                        + "' has no words: give a name such as \"Beijing\"");
            }
            String key = String.join(" ", t.terms());
            String previous = owners.putIfAbsent(key, actor);
            if (previous != null) {
                throw new IllegalArgumentException("'" + phrase + "' would count for both '" + previous + "' and '"
                        + actor + "' (matching ignores case, hyphens and possessives): give each phrase to one actor");
            }
        }

        public Actors build() {
            if (aliases.isEmpty()) {
                throw new IllegalArgumentException("no actors: add at least one with actor(name, aliases...)");
            }
            return new Actors(new LinkedHashMap<>(aliases));
        }
    }
}
