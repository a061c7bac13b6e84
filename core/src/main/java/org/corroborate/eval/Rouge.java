package org.corroborate.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * ROUGE-N and ROUGE-L with the rules of ROUGE-1.5.5: lower case; hyphens split off, then every character outside
 * {@code [A-Za-z0-9-]} becomes a space, and only tokens starting with {@code [a-z0-9]} count; with stemming
 * ({@code -m}) the Porter stemmer on tokens longer than 3 characters; with a stopword list ({@code -s}) those words
 * removed; with a length limit ({@code -l N}) only the first N words of each summary. N-gram hits are clipped to the
 * smaller count and summed over all reference summaries; recall divides by all reference n-grams, precision by the
 * peer's n-grams times the number of references, F is the weighted harmonic mean (alpha 0.5 by default). ROUGE-L
 * uses the union LCS of each reference sentence (a line) with the peer's sentences. Immutable and thread-safe.
 *
 * @param stopwords words removed with {@code -s} (ROUGE-1.5.5 ships them as data/smart_common_words.txt); empty for
 *     none
 * @param wordLimit the {@code -l} limit, or 0 for none
 */
public record Rouge(boolean stem, Set<String> stopwords, int wordLimit, double alpha) {
    /** Recall, precision and F of one measure. */
    public record Score(double recall, double precision, double f) {
    }

    public Rouge {
        stopwords = Set.copyOf(stopwords);
        if (wordLimit < 0 || alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("wordLimit must be >= 0 and alpha in [0, 1]");
        }
    }

    /** ROUGE-N of a peer summary against reference summaries. */
    public Score rougeN(int n, String peer, List<String> references) {
        Objects.requireNonNull(references, "references");
        Map<String, Integer> peerGrams = ngrams(tokens(peer), n);
        int peerTotal = total(peerGrams);
        int hits = 0;
        int referenceTotal = 0;
        for (String reference : references) {
            Map<String, Integer> referenceGrams = ngrams(tokens(reference), n);
            referenceTotal += total(referenceGrams);
            for (Map.Entry<String, Integer> gram : referenceGrams.entrySet()) {
                hits += Math.min(gram.getValue(), peerGrams.getOrDefault(gram.getKey(), 0));
            }
        }
        return score(hits, referenceTotal, peerTotal * references.size());
    }

    /** ROUGE-L (union LCS over sentences, one sentence a line). */
    public Score rougeL(String peer, List<String> references) {
        List<List<String>> peerSentences = sentences(peer);
        int peerTotal = peerSentences.stream().mapToInt(List::size).sum();
        int hits = 0;
        int referenceTotal = 0;
        for (String reference : references) {
            Map<String, Integer> peerLeft = new HashMap<>();
            peerSentences.forEach(s -> s.forEach(t -> peerLeft.merge(t, 1, Integer::sum)));
            Map<String, Integer> referenceLeft = new HashMap<>();
            List<List<String>> referenceSentences = sentences(reference);
            referenceSentences.forEach(s -> s.forEach(t -> referenceLeft.merge(t, 1, Integer::sum)));
            for (List<String> referenceSentence : referenceSentences) {
                referenceTotal += referenceSentence.size();
                boolean[] inUnion = new boolean[referenceSentence.size()];
                for (List<String> peerSentence : peerSentences) {
                    for (int index : lcsPositions(referenceSentence, peerSentence)) {
                        inUnion[index] = true;
                    }
                }
                for (int i = 0; i < inUnion.length; i++) {
                    String token = referenceSentence.get(i);
                    if (inUnion[i] && peerLeft.getOrDefault(token, 0) > 0 && referenceLeft.getOrDefault(token, 0) > 0) {
                        hits++; // each token counts no more often than it occurs on either side
                        peerLeft.merge(token, -1, Integer::sum);
                        referenceLeft.merge(token, -1, Integer::sum);
                    }
                }
            }
        }
        return score(hits, referenceTotal, peerTotal * references.size());
    }

    /** The tokens ROUGE counts, after the length limit, stemming and stopword removal. */
    List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (List<String> sentence : sentences(text)) {
            tokens.addAll(sentence);
        }
        return tokens;
    }

    /** Tokens per line, with the length limit applied across the whole text. */
    private List<List<String>> sentences(String text) {
        List<List<String>> sentences = new ArrayList<>();
        PorterStemmer stemmer = new PorterStemmer();
        int words = 0;
        for (String line : text.split("\\R")) {
            String cleaned = line.toLowerCase(Locale.ROOT).replace("-", " - ").replaceAll("[^A-Za-z0-9\\-]", " ")
                    .strip();
            List<String> sentence = new ArrayList<>();
            for (String word : cleaned.isEmpty() ? new String[0] : cleaned.split("\\s+")) {
                if (wordLimit > 0 && words >= wordLimit) {
                    break;
                }
                words++;
                if (!Character.isLetterOrDigit(word.charAt(0)) || stopwords.contains(word)) {
                    continue;
                }
                sentence.add(stem && word.length() > 3 ? stemmer.stem(word) : word);
            }
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            grams.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }

    private static int total(Map<String, Integer> grams) {
        return grams.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Positions in {@code a} of one longest common subsequence of a and b. */
    private static List<Integer> lcsPositions(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        List<Integer> positions = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                positions.add(i);
                i++;
                j++;
            } else if (table[i + 1][j] >= table[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return positions;
    }

    private Score score(int hits, int referenceTotal, int peerTotal) {
        double recall = referenceTotal == 0 ? 0 : hits / (double) referenceTotal;
        double precision = peerTotal == 0 ? 0 : hits / (double) peerTotal;
        double f = recall == 0 || precision == 0 ? 0
                : 1 / (alpha / precision + (1 - alpha) / recall);
        return new Score(recall, precision, f);
    }
}
