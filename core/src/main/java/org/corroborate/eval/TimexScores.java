package org.corroborate.eval;

import java.util.List;

/**
 * TempEval-3's scores of time expressions: relaxed span match (the spans overlap; each gold expression matches at
 * most one found one, in text order), strict span match (the same span), and, over relaxed matches, the type and
 * the normalised value. Precision is over the expressions found, recall over the gold ones.
 */
public record TimexScores(int gold, int found, int relaxed, int strict, int typeCorrect, int valueCorrect) {
    /** A span with its type and value, gold or found. */
    public record Span(int start, int end, String type, String value) {
    }

    /**
     * The relaxed match of each gold expression: the index of the first found one, in text order, that overlaps it
     * and matched no gold expression before; -1 for none.
     */
    public static int[] matches(List<Span> gold, List<Span> found) {
        boolean[] used = new boolean[found.size()];
        int[] match = new int[gold.size()];
        for (int k = 0; k < gold.size(); k++) {
            Span g = gold.get(k);
            match[k] = -1;
            for (int i = 0; i < found.size() && match[k] < 0; i++) {
                Span f = found.get(i);
                if (!used[i] && f.start() < g.end() && g.start() < f.end()) {
                    match[k] = i;
                    used[i] = true;
                }
            }
        }
        return match;
    }

    /** Scores one document. */
    public static TimexScores score(List<Span> gold, List<Span> found) {
        int[] matches = matches(gold, found);
        int relaxed = 0;
        int strict = 0;
        int type = 0;
        int value = 0;
        for (int k = 0; k < gold.size(); k++) {
            Span g = gold.get(k);
            int match = matches[k];
            if (match < 0) {
                continue;
            }
            Span f = found.get(match);
            relaxed++;
            strict += f.start() == g.start() && f.end() == g.end() ? 1 : 0;
            type += f.type().equals(g.type()) ? 1 : 0;
            value += f.value().equals(g.value()) ? 1 : 0;
        }
        return new TimexScores(gold.size(), found.size(), relaxed, strict, type, value);
    }

    public TimexScores plus(TimexScores other) {
        return new TimexScores(gold + other.gold, found + other.found, relaxed + other.relaxed,
                strict + other.strict, typeCorrect + other.typeCorrect, valueCorrect + other.valueCorrect);
    }

    /** F1 of a count of correct expressions against {@link #found} and {@link #gold}. */
    public double f1(int correct) {
        double p = found == 0 ? 0 : correct / (double) found;
        double r = gold == 0 ? 0 : correct / (double) gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double precision(int correct) {
        return found == 0 ? 0 : correct / (double) found;
    }

    public double recall(int correct) {
        return gold == 0 ? 0 : correct / (double) gold;
    }
}
