package org.corroborate.text;

import java.util.Collections;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;

/**
 * OpenNLP's tokenizer factory, but for the context generator it makes ({@link CachedCharFeatures}). Public and
 * top-level, with a constructor of no arguments, since a model makes its factory again from the class's name; not
 * for use outside {@link SentenceSplitter}.
 */
public final class CachingTokenizerFactory extends TokenizerFactory {
    public CachingTokenizerFactory() {
    }

    CachingTokenizerFactory(String language, Dictionary abbreviations, boolean alphaNumericOptimization,
                            java.util.regex.Pattern alphaNumeric) {
        super(language, abbreviations, alphaNumericOptimization, alphaNumeric);
    }

    @Override
    public TokenContextGenerator getContextGenerator() {
        Dictionary abbreviations = getAbbreviationDictionary();
        return new CachedCharFeatures(abbreviations == null ? Collections.emptySet() : abbreviations.asStringSet());
    }
}
