package org.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import org.corroborate.internal.Models;

/**
 * Tags tokens with Universal Dependencies parts of speech using OpenNLP's English UD model (loaded once from its
 * jar). Thread-safe: each thread gets its own tagger over the shared model.
 */
public final class PosTagger {
    private final ThreadLocal<POSTaggerME> tagger =
            ThreadLocal.withInitial(() -> new POSTaggerME(Models.partsOfSpeech()));

    /** The UD training data writes straight quotes and apostrophes; curly ones confuse the tagger. */
    private static String forTagging(String word) {
        if (word.indexOf('’') < 0 && word.indexOf('‘') < 0 && word.indexOf('“') < 0 && word.indexOf('”') < 0) {
            return word;
        }
        return word.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }

    public List<Sentence> tag(String text, List<Sentence> sentences) {
        List<Sentence> tagged = new ArrayList<>(sentences.size());
        POSTaggerME me = tagger.get();
        for (Sentence sentence : sentences) {
            String[] words = new String[sentence.tokens().size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = forTagging(sentence.tokens().get(i).text(text));
            }
            String[] tags = me.tag(words);
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                tokens.add(sentence.tokens().get(i).withPos(tags[i]));
            }
            tagged.add(new Sentence(sentence.start(), sentence.end(), tokens));
        }
        return tagged;
    }
}
