package org.corroborate.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Picks the summary from a story's facts: each scored by how many independent sources state it, how central it is
 * to the story and how early its sources put it, then chosen by maximal marginal relevance so no two say the same
 * thing. Whole sentences only: the word budget is filled with the best sentences that fit, never cut (when none
 * fits, the summary is the best sentence alone, over the budget). The chosen
 * sentences are put in reading order. Thread-safe.
 */
final class Summarizer {
    /**
     * Weights.
     *
     * @param sourceWeight weight of the share of independent sources that state a fact
     * @param centralityWeight weight of the fact's cosine to the story's centre
     * @param leadWeight weight of an early place in its articles (1 for a lead sentence, falling with position)
     * @param diversity how much a chosen fact's likeness to those already chosen counts against it (MMR)
     * @param redundant the cosine to a chosen fact at which a fact is a repeat and never chosen
     */
    record Config(double sourceWeight, double centralityWeight, double leadWeight, double diversity,
                  double redundant) {
        static final Config DEFAULTS = new Config(0.45, 0.35, 0.20, 0.30, 0.85);
    }

    private final Config config;

    Summarizer(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    List<FactAligner.Aligned> summary(List<FactAligner.Aligned> facts, int words) {
        int maxSources = facts.stream().mapToInt(FactAligner.Aligned::independent).max().orElse(1);
        List<FactAligner.Aligned> left = new ArrayList<>(facts);
        List<FactAligner.Aligned> chosen = new ArrayList<>();
        int used = 0;
        while (true) {
            FactAligner.Aligned best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (FactAligner.Aligned fact : left) {
                if (used + fact.words() > words) {
                    continue;
                }
                double redundancy = 0;
                for (FactAligner.Aligned c : chosen) {
                    redundancy = Math.max(redundancy, dot(fact.vector(), c.vector()));
                }
                if (redundancy >= config.redundant()) {
                    continue;
                }
                double score = (1 - config.diversity()) * relevance(fact, maxSources)
                        - config.diversity() * redundancy;
                if (score > bestScore) {
                    best = fact;
                    bestScore = score;
                }
            }
            if (best == null && chosen.isEmpty() && !left.isEmpty()) {
                // no whole sentence fits the budget: the best one alone, whole, rather than no summary or a cut one
                best = left.stream().max(Comparator.comparingDouble(f -> relevance(f, maxSources))).orElseThrow();
            }
            if (best == null) {
                break;
            }
            left.remove(best);
            chosen.add(best);
            used += best.words();
        }
        chosen.sort(Comparator.comparingDouble(Summarizer::readingPosition));
        return chosen;
    }

    double relevance(FactAligner.Aligned fact, int maxSources) {
        return config.sourceWeight() * fact.independent() / maxSources
                + config.centralityWeight() * fact.centrality()
                + config.leadWeight() * lead(fact);
    }

    /** 1 for a lead sentence, 1/2 for the second, ...: the best place any of its sources gives it. */
    static double lead(FactAligner.Aligned fact) {
        int first = fact.stating().stream().mapToInt(Statement::position).min().orElse(0);
        return 1.0 / (1 + first);
    }

    /** Where sources put the fact, on average: earlier facts come first in the summary. */
    static double readingPosition(FactAligner.Aligned fact) {
        return fact.stating().stream().mapToInt(Statement::position).average().orElse(0);
    }

    private static double dot(float[] a, float[] b) {
        if (a == null || b == null) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
