package dev.lede.corpus.io;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of a text that came without one (a document of a folder of text files), as an
 * ISO 639-1 code: the Optimaize n-gram detector with its 71 built-in profiles, offline. The
 * profiles (about 1.5 MB) are read on the first call only, so a corpus whose documents all have
 * a language never loads them. Deterministic: the detector's sampling uses a fixed seed.
 */
public final class LanguageGuess {

    /** Below this probability the text is left without a language rather than given a guess. */
    static final double MIN_PROBABILITY = 0.90;

    private LanguageGuess() {
    }

    private static final class Detector {
        static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();
        static final LanguageDetector DETECTOR;

        static {
            try {
                DETECTOR = LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .seed(1L)
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language detector's built-in profiles", e);
            }
        }
    }

    /**
     * The language code of {@code text} ("en", "fr", "zh", ...; the primary subtag only), or empty
     * when the text is too short or too mixed to tell with probability {@link #MIN_PROBABILITY}.
     */
    public static Optional<String> of(String text) {
        if (text == null || text.codePoints().filter(Character::isLetter).limit(20).count() < 20) {
            return Optional.empty();
        }
        List<DetectedLanguage> found = Detector.DETECTOR.getProbabilities(Detector.TEXT.forText(text));
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
            return Optional.empty();
        }
        return Optional.of(found.get(0).getLocale().getLanguage().toLowerCase(Locale.ROOT));
    }
}
