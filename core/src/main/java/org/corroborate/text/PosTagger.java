package org.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;
import org.corroborate.internal.Models;

/**
 * Tags tokens with Universal Dependencies parts of speech using OpenNLP's English UD model (loaded once from its
 * jar). Thread-safe: each thread gets its own tagger over the shared model.
 */
public final class PosTagger {
    private final ThreadLocal<GreedyTagger> tagger =
            ThreadLocal.withInitial(() -> new GreedyTagger(Models.partsOfSpeech()));

    /** The UD training data writes straight quotes and apostrophes; curly ones confuse the tagger. */
    private static String forTagging(String word) {
        if (word.indexOf('’') < 0 && word.indexOf('‘') < 0 && word.indexOf('“') < 0 && word.indexOf('”') < 0) {
            return word;
        }
        return word.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }

    public List<Sentence> tag(String text, List<Sentence> sentences) {
        List<Sentence> tagged = new ArrayList<>(sentences.size());
        GreedyTagger me = tagger.get();
        for (Sentence sentence : sentences) {
            List<Token> original = sentence.tokens();
            String[] words = new String[original.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = forTagging(original.get(i).text(text));
            }
            String[] tags = me.tagGreedy(words);
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                tokens.add(original.get(i).withPos(tags[i]));
            }
            tagged.add(new Sentence(sentence.start(), sentence.end(), tokens));
        }
        return tagged;
    }

    /**
     * OpenNLP's tagger with a beam of one, the way {@link Models#partsOfSpeech()} sets the model, without the beam
     * search's bookkeeping: at each word the same context, the same model, the same most probable tag, found
     * directly instead of through priority queues of sequences whose outcomes are copied out again at every word.
     * Where the beam search could decide otherwise (two tags of equal probability, a tag the validator refuses, a
     * sequence whose score falls to its floor) the sentence goes to {@link POSTaggerME#tag} itself.
     */
    static final class GreedyTagger extends POSTaggerME {
        /** BeamSearch drops a sequence whose log probability is not above this. */
        private static final double MIN_SEQUENCE_SCORE = -100000;
        private static final Object[] NO_CONTEXT = new Object[0];
        private final MaxentModel maxent;
        private final SequenceValidator<String> validator;
        private final double[] probs;
        private final boolean greedy;

        GreedyTagger(POSModel model) {
            super(model, POSTagFormat.UD);
            this.maxent = model.getArtifact("pos.model");
            this.validator = model.getFactory().getSequenceValidator();
            this.probs = new double[maxent.getNumOutcomes()];
            // the beam search of a beam of one, with the tags written as the model writes them
            this.greedy = size == 1 && posTagFormatMapper.getGuessedFormat() == POSTagFormat.UD;
        }

        String[] tagGreedy(String[] words) {
            if (!greedy) {
                return tag(words);
            }
            String[] tags = new String[words.length];
            double score = 0;
            for (int i = 0; i < words.length; i++) {
                double[] scores = maxent.eval(cg.getContext(i, words, tags, NO_CONTEXT), probs);
                int best = 0;
                boolean tie = false;
                for (int p = 1; p < scores.length; p++) {
                    if (scores[p] > scores[best]) {
                        best = p;
                        tie = false;
                    } else if (scores[p] == scores[best]) {
                        tie = true;
                    }
                }
                String outcome = maxent.getOutcome(best);
                score += Math.log(scores[best]);
                if (tie || !(score > MIN_SEQUENCE_SCORE + 1000) || !validator.validSequence(i, words, tags, outcome)) {
                    // a new array: the feature cache of the context generator holds this one's features by identity
                    return tag(words.clone());
                }
                tags[i] = outcome;
            }
            return tags;
        }
    }
}
