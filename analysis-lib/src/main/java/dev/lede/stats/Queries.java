package dev.lede.stats;

import dev.lede.corpus.Tokens;
import dev.lede.text.DocumentTokens;
import dev.lede.text.Tokenizer;
import java.util.List;

/** Turns a typed word or phrase into the terms to look for in some tokens. */
final class Queries {

    private Queries() {
    }

    /**
     * The query tokenized like the tokens ("Putin’s" &rarr; [putin]); a phrase whose terms joined
     * by one space occur as a single term (a multi-word term made by {@code Tokens.compound} or an
     * n-gram) is that single term.
     */
    public static List<String> terms(Tokens tokens, String query) {
        Tokenizer tk = tokens.tokenizer() == null ? Tokenizer.standard() : tokens.tokenizer();
        List<String> terms = tk.tokenize(query).terms();
        if (terms.size() > 1) {
            String joined = String.join(" ", terms);
            for (DocumentTokens d : tokens.documents()) {
                for (int i = 0; i < d.size(); i++) {
                    if (d.term(i).equals(joined)) {
                        return List.of(joined);
                    }
                }
            }
        }
        return List.copyOf(terms);
    }
}
