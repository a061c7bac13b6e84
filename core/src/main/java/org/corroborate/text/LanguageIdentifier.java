package org.corroborate.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.corroborate.internal.Models;

/**
 * Tells the language of a text. Most news in an English pipeline is plainly English, which a count of English
 * function words settles at once; only the rest goes to OpenNLP's language detector (103 languages), whose 10 MB
 * model is loaded on first need. Thread-safe.
 */
public final class LanguageIdentifier {
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "of", "and", "to", "in", "a", "is", "that",
            "for", "it", "was", "on", "with", "as", "he", "she", "by", "at", "said", "from", "his", "her", "be",
            "have", "has", "are", "were", "an", "will", "their", "they", "this", "which", "but", "not", "who", "its");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final int SAMPLE_CHARS = 2000;
    private static final int MIN_WORDS = 12;
    private final ThreadLocal<LanguageDetectorME> detector =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(Models.languages()));

    public Language identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        var words = WORD.matcher(sample.toLowerCase(Locale.ROOT));
        int total = 0;
        int english = 0;
        while (words.find()) {
            total++;
            if (ENGLISH_WORDS.contains(words.group())) {
                english++;
            }
        }
        if (total < MIN_WORDS) {
            return new Language(Language.UNDETERMINED, 0);
        }
        double share = english / (double) total;
        if (share >= 0.15) {
            return new Language(Language.ENGLISH, Math.min(1.0, 0.5 + share));
        }
        opennlp.tools.langdetect.Language best = detector.get().predictLanguage(sample);
        return new Language(best.getLang(), best.getConfidence());
    }
}
