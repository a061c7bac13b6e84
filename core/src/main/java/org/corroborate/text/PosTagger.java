package org.corroborate.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
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
    /** The features of each word, made by any thread's tagger (the same for all): shared by the threads. */
    private final Map<String, GreedyTagger.WordFeatures> wordFeatures = new ConcurrentHashMap<>();
    private final ThreadLocal<GreedyTagger> tagger =
            ThreadLocal.withInitial(() -> new GreedyTagger(Models.partsOfSpeech(), wordFeatures));

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
     *
     * <p>The context of a word is put together from the features of each word, made once per word and kept
     * ({@link WordFeatures}), in the order the model's feature generators give them: its own (definition, suffixes,
     * prefixes, the word), the words up to two before and after it, where the sentence begins, its class, the two
     * tags before it. Those features are taken from the model's own context generator, and the whole context is
     * checked against it on sample sentences when the tagger is made: where they differ (another model, another
     * OpenNLP), the contexts come from the generator as before.
     *
     * <p>Each feature's parameters ({@link Context}) are looked up in the model once, with the word's features, and
     * a word's tag probabilities are summed from them as {@link GISModel#eval} sums them, in the same order, so the
     * numbers are the same to the last bit without a hash lookup per feature per word (a tenth of the analysis of
     * long articles). Checked against the model's own {@code eval} on the sample sentences too.
     */
    static final class GreedyTagger extends POSTaggerME {
        /** BeamSearch drops a sequence whose log probability is not above this. */
        private static final double MIN_SEQUENCE_SCORE = -100000;
        /** Log sums closer than this may round to one probability: decided from the probabilities themselves. */
        private static final double NEAR_TIE = 1e-9;
        private static final Object[] NO_CONTEXT = new Object[0];
        private static final String BEGIN = "S=begin";
        /** The features of this many words are kept; past it, the store starts again. */
        private static final int MAX_WORDS = 100_000;
        private static final String[][] PROBES = {
            {"The", "U.S.", "Senate", "voted", "51-49", "on", "Tuesday", ",", "officials", "said", "."},
            {"\"", "We'll", "see", "'", "she", "told", "CNN", "'s", "reporter", "at", "3:30", "p.m.", "\""},
            {"Hi"}, {"Stop", "!"}, {"A", "b", "C"},
        };
        private final MaxentModel maxent;
        private final SequenceValidator<String> validator;
        private final double[] probs;
        private final boolean greedy;
        private final Map<String, WordFeatures> words;
        private final boolean fastContexts;
        /** The model's parameters of each feature, or null when it is not a GIS model. */
        private final Map<String, Context> parameters;
        /** The log of the uniform prior the model starts every outcome's sum from. */
        private final double logPrior;
        /** Whether probabilities are summed here from each feature's parameters (else by the model). */
        private final boolean directEval;
        /** "S=begin", "p1S=begin", "p2S=begin" (the first three words') with their parameters. */
        private final Feature[] begins;
        /** "t=NOUN" by the tag before a word, and "t2=DET,NOUN" by the tag two before and the tag before. */
        private final Map<String, Feature> tagFeatures = new HashMap<>();
        private final Map<String, Map<String, Feature>> tagPairFeatures = new HashMap<>();

        /** A feature and the model's parameters of it. */
        private record Feature(String name, Context parameters) {
        }

        GreedyTagger(POSModel model) {
            this(model, new ConcurrentHashMap<>());
        }

        /** A tagger that keeps the features of words in {@code words}, which other taggers of the model may share. */
        GreedyTagger(POSModel model, Map<String, WordFeatures> words) {
            super(model, POSTagFormat.UD);
            this.words = words;
            this.maxent = model.getArtifact("pos.model");
            this.validator = model.getFactory().getSequenceValidator();
            this.probs = new double[maxent.getNumOutcomes()];
            // the beam search of a beam of one, with the tags written as the model writes them
            this.greedy = size == 1 && posTagFormatMapper.getGuessedFormat() == POSTagFormat.UD;
            this.parameters = parametersOf(maxent);
            // as OpenNLP's UniformPrior computes it
            this.logPrior = StrictMath.log(1.0 / maxent.getNumOutcomes());
            this.begins = new Feature[] {feature(BEGIN), feature("p1" + BEGIN), feature("p2" + BEGIN)};
            this.fastContexts = contextsAgree();
            this.directEval = fastContexts && parameters != null && evalAgrees();
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Context> parametersOf(MaxentModel model) {
            if (model instanceof GISModel gis && gis.getDataStructures()[1] instanceof Map<?, ?> map) {
                return (Map<String, Context>) map;
            }
            return null;
        }

        /** The model's parameters of a feature: none for a feature it does not know (which adds nothing to a sum). */
        private Context parameter(String feature) {
            Context found = parameters == null ? null : parameters.get(feature);
            return found == null ? UNKNOWN : found;
        }

        /** The parameters of a feature the model does not know: no outcome, so nothing is added for it. */
        private static final Context UNKNOWN = new Context(new int[0], new double[0]);

        private Feature feature(String name) {
            return new Feature(name, parameter(name));
        }

        /** Whether contexts are put together from the features of each word (else asked of the generator). */
        boolean fastContexts() {
            return fastContexts;
        }

        /** Whether probabilities are summed here from the model's parameters (else by the model, per feature). */
        boolean directEval() {
            return directEval;
        }

        /**
         * The features one word gives to its own context and to those of its neighbours, and the model's parameters
         * of each ({@code UNKNOWN} where it does not know one), in one layout: its definition, suffix and prefix
         * features (first in its own context), its token feature, that token as the neighbour one and two before
         * and one and two after, then its class features (after the window's).
         */
        private static final class WordFeatures {
            final String[] names;
            final Context[] parameters;
            /** How many features come before the token feature. */
            final int head;
            /**
             * The log prior plus the parameters of the word's own features up to its token feature, summed in the
             * context's order: every context of the word opens with them, so its sums start from these, to the bit.
             */
            final double[] headSums;

            WordFeatures(String[] head, String token, String[] tail, GreedyTagger model) {
                this.head = head.length;
                this.names = new String[head.length + TAIL + tail.length];
                System.arraycopy(head, 0, names, 0, head.length);
                names[head.length + TOKEN] = token;
                names[head.length + PREVIOUS_1] = "p1" + token;
                names[head.length + PREVIOUS_2] = "p2" + token;
                names[head.length + NEXT_1] = "n1" + token;
                names[head.length + NEXT_2] = "n2" + token;
                System.arraycopy(tail, 0, names, head.length + TAIL, tail.length);
                this.parameters = new Context[names.length];
                for (int k = 0; k < names.length; k++) {
                    parameters[k] = model.parameter(names[k]);
                }
                this.headSums = model.sums(Arrays.copyOf(parameters, head.length + 1),
                        new double[model.probs.length]);
            }

            /** The feature at a place after the head: {@link #TOKEN}, {@link #PREVIOUS_1}, ... */
            Object at(int place, boolean asParameters) {
                return asParameters ? parameters[head + place] : names[head + place];
            }

            int tail() {
                return names.length - head - TAIL;
            }
        }

        private static final int TOKEN = 0;
        private static final int PREVIOUS_1 = 1;
        private static final int PREVIOUS_2 = 2;
        private static final int NEXT_1 = 3;
        private static final int NEXT_2 = 4;
        /** Where the class features start, after the head. */
        private static final int TAIL = 5;

        /**
         * The word's features, from the context the model's generator gives it alone in a sentence: its own
         * features, its token feature, the sentence's beginning, its class features.
         */
        private WordFeatures features(String word) {
            WordFeatures known = words.get(word);
            if (known != null) {
                return known;
            }
            String[] alone = cg.getContext(0, new String[] {word}, new String[0], NO_CONTEXT);
            int begin = -1;
            for (int k = 0; k < alone.length; k++) {
                if (alone[k].equals(BEGIN)) {
                    begin = k;
                    break;
                }
            }
            if (begin < 1) {
                throw new IllegalStateException("unexpected context of a word alone: " + Arrays.toString(alone));
            }
            WordFeatures made = new WordFeatures(Arrays.copyOfRange(alone, 0, begin - 1), alone[begin - 1],
                    Arrays.copyOfRange(alone, begin + 1, alone.length), this);
            if (words.size() >= MAX_WORDS) {
                words.clear();
            }
            words.put(word, made);
            return made;
        }

        /** The context of word {@code i}, as the model's context generator gives it. */
        private String[] context(int i, WordFeatures[] sentence, String[] tags) {
            return (String[]) context(i, sentence, tags, false);
        }

        /** The parameters of the features of {@link #context}, in the same order. */
        private Context[] contextParameters(int i, WordFeatures[] sentence, String[] tags) {
            return (Context[]) context(i, sentence, tags, true);
        }

        /** The context of word {@code i}: feature names ({@code String[]}) or their parameters ({@code Context[]}). */
        private Object[] context(int i, WordFeatures[] sentence, String[] tags, boolean asParameters) {
            return context(i, sentence, tags, asParameters, true);
        }

        /**
         * The log prior plus the parameters of word {@code i}'s context, summed as {@link #sums} sums them, to the bit:
         * from the word's {@link WordFeatures#headSums}, then the rest of the context in its order.
         */
        private double[] contextSums(int i, WordFeatures[] sentence, String[] tags, double[] sums) {
            System.arraycopy(sentence[i].headSums, 0, sums, 0, sums.length);
            ArrayMath.sumFeatures((Context[]) context(i, sentence, tags, true, false), null, sums);
            return sums;
        }

        /** The context of word {@code i}, or (without {@code head}) what follows its own features up to its token. */
        private Object[] context(int i, WordFeatures[] sentence, String[] tags, boolean asParameters, boolean head) {
            WordFeatures word = sentence[i];
            int n = sentence.length;
            int own = head ? word.head + 1 : 0;
            int size = own + Math.min(i, 2) + Math.min(n - 1 - i, 2) + (i <= 2 ? 1 : 0) + word.tail()
                    + Math.min(i, 2);
            Object[] context = asParameters ? new Context[size] : new String[size];
            System.arraycopy(asParameters ? word.parameters : word.names, 0, context, 0, own);
            int k = own;
            if (i >= 1) {
                context[k++] = sentence[i - 1].at(PREVIOUS_1, asParameters);
            }
            if (i >= 2) {
                context[k++] = sentence[i - 2].at(PREVIOUS_2, asParameters);
            }
            if (i + 1 < n) {
                context[k++] = sentence[i + 1].at(NEXT_1, asParameters);
            }
            if (i + 2 < n) {
                context[k++] = sentence[i + 2].at(NEXT_2, asParameters);
            }
            if (i <= 2) {
                context[k++] = asParameters ? begins[i].parameters() : begins[i].name();
            }
            System.arraycopy(asParameters ? word.parameters : word.names, word.head + TAIL, context, k, word.tail());
            k += word.tail();
            if (i >= 1) {
                // get before put, not computeIfAbsent: its capturing lambda, made at every word, cost more than the
                // lookup
                String previous = tags[i - 1];
                Feature tag = tagFeatures.get(previous);
                if (tag == null) {
                    tag = feature("t=" + previous);
                    tagFeatures.put(previous, tag);
                }
                context[k++] = asParameters ? tag.parameters() : tag.name();
                if (i >= 2) {
                    String before = tags[i - 2];
                    Map<String, Feature> after = tagPairFeatures.get(before);
                    if (after == null) {
                        after = new HashMap<>();
                        tagPairFeatures.put(before, after);
                    }
                    Feature pair = after.get(previous);
                    if (pair == null) {
                        pair = feature("t2=" + before + "," + previous);
                        after.put(previous, pair);
                    }
                    context[k++] = asParameters ? pair.parameters() : pair.name();
                }
            }
            return context;
        }

        /** The outcome probabilities of features given by their parameters, summed as {@link GISModel} sums them. */
        private double[] eval(Context[] context, double[] probabilities) {
            return normalise(sums(context, probabilities));
        }

        /** The log prior plus each outcome's summed parameters: the log of its unnormalised probability. */
        private double[] sums(Context[] context, double[] sums) {
            Arrays.fill(sums, logPrior);
            ArrayMath.sumFeatures(context, null, sums);
            return sums;
        }

        /** From {@link #sums} to probabilities, in place, as {@link GISModel} computes them. */
        private static double[] normalise(double[] sums) {
            double normal = 0;
            for (int o = 0; o < sums.length; o++) {
                sums[o] = StrictMath.exp(sums[o]);
                normal += sums[o];
            }
            for (int o = 0; o < sums.length; o++) {
                sums[o] /= normal;
            }
            return sums;
        }

        /** Whether {@link #eval} gives the model's own probabilities, to the bit, on sample sentences. */
        private boolean evalAgrees() {
            double[] mine = new double[probs.length];
            double[] fromHead = new double[probs.length];
            return onProbes((i, probe, sentence, tags) -> Arrays.equals(maxent.eval(context(i, sentence, tags),
                    probs).clone(), eval(contextParameters(i, sentence, tags), mine))
                    && Arrays.equals(sums(contextParameters(i, sentence, tags), mine),
                            contextSums(i, sentence, tags, fromHead)));
        }

        /** Whether {@link #context} gives what the model's context generator gives, on sample sentences. */
        private boolean contextsAgree() {
            boolean agree = onProbes((i, probe, sentence, tags) -> Arrays.equals(cg.getContext(i, probe.clone(),
                    Arrays.copyOf(tags, i), NO_CONTEXT), context(i, sentence, tags)));
            if (!agree) {
                words.clear();
            }
            return agree;
        }

        /** A check of word {@code i} of a sample sentence, given the tags of the words before it. */
        private interface ProbeCheck {
            boolean holds(int i, String[] probe, WordFeatures[] sentence, String[] tags);
        }

        /** Whether a check holds at every word of the sample sentences, each word tagged with one of the first tags. */
        private boolean onProbes(ProbeCheck check) {
            String[] sampleTags = maxent.getNumOutcomes() > 2
                    ? new String[] {maxent.getOutcome(0), maxent.getOutcome(1), maxent.getOutcome(2)}
                    : new String[] {"A", "B", "C"};
            for (String[] probe : PROBES) {
                WordFeatures[] sentence = new WordFeatures[probe.length];
                for (int i = 0; i < probe.length; i++) {
                    sentence[i] = features(probe[i]);
                }
                String[] tags = new String[probe.length];
                for (int i = 0; i < probe.length; i++) {
                    if (!check.holds(i, probe, sentence, tags)) {
                        return false;
                    }
                    tags[i] = sampleTags[i % sampleTags.length];
                }
            }
            return true;
        }

        String[] tagGreedy(String[] sentence) {
            if (!greedy) {
                return tag(sentence);
            }
            WordFeatures[] features = null;
            if (fastContexts) {
                features = new WordFeatures[sentence.length];
                for (int i = 0; i < sentence.length; i++) {
                    features[i] = features(sentence[i]);
                }
            }
            String[] tags = new String[sentence.length];
            double score = 0;
            // the best tag's probability is at least 1/outcomes, so a sentence this short never reaches the floor:
            // its score need not be kept, and the tag is the one of the greatest sum, found without exp
            boolean noFloor = sentence.length * Math.log(probs.length) < -(MIN_SEQUENCE_SCORE + 1000) - 1;
            for (int i = 0; i < sentence.length; i++) {
                if (directEval && noFloor) {
                    double[] sums = contextSums(i, features, tags, probs);
                    // the greatest sum (the first of equals, as the probabilities' loop below takes it), the next
                    // one, and whether any is NaN, in one pass
                    int top = 0;
                    double second = Double.NEGATIVE_INFINITY;
                    boolean nan = Double.isNaN(sums[0]);
                    for (int p = 1; p < sums.length; p++) {
                        nan |= Double.isNaN(sums[p]);
                        if (sums[p] > sums[top]) {
                            second = sums[top];
                            top = p;
                        } else if (sums[p] > second) {
                            second = sums[p];
                        }
                    }
                    // sums this far apart stay apart through exp and the division: the same best, no tie (within
                    // the range where exp neither overflows nor falls to subnormals)
                    if (!nan && sums[top] - second > NEAR_TIE && sums[top] > -700 && sums[top] < 700) {
                        String outcome = maxent.getOutcome(top);
                        if (!validator.validSequence(i, sentence, tags, outcome)) {
                            return tag(sentence.clone());
                        }
                        tags[i] = outcome;
                        continue;
                    }
                    normalise(sums);
                }
                double[] scores = directEval ? (noFloor ? probs : eval(contextParameters(i, features, tags), probs))
                        : maxent.eval(features != null ? context(i, features, tags)
                                : cg.getContext(i, sentence, tags, NO_CONTEXT), probs);
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
                if (tie || !(score > MIN_SEQUENCE_SCORE + 1000)
                        || !validator.validSequence(i, sentence, tags, outcome)) {
                    // a new array: the feature cache of the context generator holds this one's features by identity
                    return tag(sentence.clone());
                }
                tags[i] = outcome;
            }
            return tags;
        }
    }
}
