package dev.lede.text;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/** Snowball stemmers (Lucene's copy of org.tartarus.snowball). A stemmer is stateful: one per call. */
public final class Snowball {

    private Snowball() {
    }

    /** A new stemmer for {@code l}; {@link IllegalArgumentException} when Snowball has none. */
    public static SnowballStemmer stemmer(Language l) {
        return switch (l) {
            case ENGLISH -> new EnglishStemmer();
            case RUSSIAN -> new RussianStemmer();
            case FRENCH -> new FrenchStemmer();
            case SPANISH -> new SpanishStemmer();
            case GERMAN -> new GermanStemmer();
            case ITALIAN -> new ItalianStemmer();
            case PORTUGUESE -> new PortugueseStemmer();
            case DUTCH -> new DutchStemmer();
            case CATALAN -> new CatalanStemmer();
            case CHINESE, JAPANESE, KOREAN -> throw new IllegalArgumentException("no Snowball stemmer for "
                    + l + " (" + l.code() + "): leave out stem() for it; stem() only changes WORD tokens, so "
                    + "stemming a mixed corpus with the language of its Latin or Cyrillic texts is fine");
        };
    }

    /** The stem of {@code word} by {@code s}. */
    public static String stem(SnowballStemmer s, String word) {
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }
}
