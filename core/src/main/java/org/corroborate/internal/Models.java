package org.corroborate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, loaded once per process from the model jars on the class path (never downloaded), each on
 * first use. The models are immutable and shared by all threads.
 */
public final class Models {
    static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String LANGUAGES = "/langdetect-183.bin";
    static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private Models() {
    }

    public static SentenceModel sentences() {
        return SentenceHolder.MODEL;
    }

    public static TokenizerModel tokens() {
        return TokenHolder.MODEL;
    }

    public static POSModel partsOfSpeech() {
        return PosHolder.MODEL;
    }

    public static LanguageDetectorModel languages() {
        return LanguageHolder.MODEL;
    }

    private static final class SentenceHolder {
        static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
    }

    private static final class TokenHolder {
        static final TokenizerModel MODEL = withAlphanumericOptimization(load(TOKENS, TokenizerModel::new));
    }

    /**
     * The UD model ships with OpenNLP's alphanumeric optimisation off, so the maxent model is asked about every
     * character boundary of every word. Turned on, a run of plain letters and digits is one token without asking,
     * which makes tokenizing several times faster; only strings with punctuation ("Trump’s", "2025.") go to the model.
     */
    private static TokenizerModel withAlphanumericOptimization(TokenizerModel model) {
        TokenizerFactory factory = new TokenizerFactory("en", null, true,
                java.util.regex.Pattern.compile("^[A-Za-z0-9]+$"));
        return new TokenizerModel(model.getMaxentModel(), java.util.Map.of(), factory);
    }

    private static final class PosHolder {
        static final POSModel MODEL = greedy(load(POS, POSModel::new));
    }

    /**
     * The UD model ships with a beam of 3, which makes tagging the most expensive stage of analysis; a beam of 1
     * (greedy) tags about three times as fast, and on the seeds the entities, quotes and figures built on the tags
     * come out the same (SeedsExtractionTest).
     */
    private static POSModel greedy(POSModel model) {
        opennlp.tools.ml.model.MaxentModel maxent = model.getArtifact("pos.model");
        return new POSModel("en", maxent, 1, java.util.Map.of(), model.getFactory());
    }

    private static final class LanguageHolder {
        static final LanguageDetectorModel MODEL = load(LANGUAGES, LanguageDetectorModel::new);
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model " + resource + " is not on the class path; "
                        + "the OpenNLP model jars must be dependencies of the build");
            }
            return loader.load(new java.io.BufferedInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load model " + resource, e);
        }
    }
}
