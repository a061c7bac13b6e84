package org.corroborate.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's token context generator with the features of each character made once: the model asks, at every
 * position inside a run of text it has not seen, for the features of the characters around it ("p1=x", "p1_alpha",
 * "f1_caps", ...), and the generator built those strings anew each time, and the model hashed each to find its
 * parameters. Here they are the generator's own ({@link DefaultTokenContextGenerator#addCharPreds}), made at a
 * character's first use and kept, so the features are the same strings in the same order and the tokens the same.
 * Not thread-safe: each tokenizer gets its own (the factory makes one per tokenizer).
 */
final class CachedCharFeatures extends DefaultTokenContextGenerator {
    /** Runs of text the features are compared on when the model is made: letters, digits, marks, quotes. */
    private static final String[] PROBES = {"U.S.", "Trump's", "“We’ll", "(AP)", "3:30", "$1.5bn", "don't", "e.g.",
        "co-op", "&amp;", "said.”", "Ö'Neill,", "—", "5%", "x", "ab"};
    /** The features of each character below this, by key; others by key and character. */
    private static final int TABLE = 256;
    /** The most characters beyond the table kept per key. */
    private static final int MAX_OTHERS = 4096;
    private final Map<String, String[][]> table = new HashMap<>();
    private final Map<String, Map<Character, String[]>> others = new HashMap<>();

    CachedCharFeatures(Set<String> inducedAbbreviations) {
        super(inducedAbbreviations);
    }

    /**
     * The model with this generator in its factory, when its factory makes OpenNLP's default generator and the
     * two give the same features on sample runs of text; else the model itself.
     */
    static TokenizerModel model(TokenizerModel model) {
        TokenizerFactory factory = model.getFactory();
        TokenContextGenerator original = factory.getContextGenerator();
        if (original.getClass() != DefaultTokenContextGenerator.class) {
            return model;
        }
        Dictionary abbreviations = factory.getAbbreviationDictionary();
        Set<String> induced = abbreviations == null ? Collections.emptySet() : abbreviations.asStringSet();
        CachedCharFeatures cached = new CachedCharFeatures(induced);
        for (String probe : PROBES) {
            for (int i = 0; i < probe.length(); i++) {
                // twice: once made, once from the cache
                String[] expected = original.getContext(probe, i);
                if (!Arrays.equals(expected, cached.getContext(probe, i))
                        || !Arrays.equals(expected, cached.getContext(probe, i))) {
                    return model;
                }
            }
        }
        // a model makes its factory again by name, from the packages OpenNLP allows: this one's too (for the JVM's
        // life; the package holds nothing else OpenNLP could be asked to make)
        opennlp.tools.util.ext.ExtensionLoader.registerAllowedPackage(CachingTokenizerFactory.class.getPackageName());
        try {
            return withCachingFactory(model, abbreviations, factory);
        } catch (RuntimeException refused) {
            return model; // another OpenNLP that makes factories otherwise: its own generator, as before
        }
    }

    private static TokenizerModel withCachingFactory(TokenizerModel model, Dictionary abbreviations,
                                                     TokenizerFactory factory) {
        return new TokenizerModel(model.getMaxentModel(), Map.of(), new CachingTokenizerFactory(model.getLanguage(), abbreviations,
                factory.isUseAlphaNumericOptimization(), factory.getAlphaNumericPattern()));
    }

    @Override
    protected void addCharPreds(String key, char c, List<String> preds) {
        String[] features;
        if (c < TABLE) {
            String[][] byChar = table.computeIfAbsent(key, k -> new String[TABLE][]);
            features = byChar[c];
            if (features == null) {
                features = made(key, c);
                byChar[c] = features;
            }
        } else {
            Map<Character, String[]> byChar = others.computeIfAbsent(key, k -> new HashMap<>());
            if (byChar.size() >= MAX_OTHERS) {
                byChar.clear(); // text in a script of thousands of characters: kept bounded
            }
            features = byChar.computeIfAbsent(c, k -> made(key, c));
        }
        Collections.addAll(preds, features);
    }

    private String[] made(String key, char c) {
        List<String> features = new ArrayList<>(4);
        super.addCharPreds(key, c, features);
        return features.toArray(new String[0]);
    }
}
