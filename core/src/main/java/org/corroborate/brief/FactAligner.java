package org.corroborate.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corroborate.internal.AverageLinkage;

/**
 * Aligns the statements of a story's articles into facts. First, statements about the same thing are grouped by
 * average-link agglomeration over their embedding cosines (pairs of one article left out of the mean). Then, within
 * each group, the statement that the most independent sources state (by {@link ClaimCheck}) becomes a fact, cited
 * to exactly those sources, with their sentences as evidence; the group's other articles are listed as related. The
 * statements it used are removed and the next fact is taken from what is left, so "her first visit since January"
 * and "a visit in February" become two facts, not one fact with five sources. A source sentence that backs a fact
 * but adds a qualifier the fact lacks ("..., marking the first time") is not used up: it can still become a fact of
 * its own, cited to those that state that too. Thread-safe.
 */
final class FactAligner {
    /** Cosines below this are not stored: such a pair counts as unrelated in every mean. */
    private static final double STORED_FLOOR = 0.60;
    /** The cosine a pair that was not stored stands for in a group mean (BGE's baseline for unrelated texts). */
    private static final double UNSTORED = 0.50;

    /** A fact: its statement, the statements of other articles that state it, and the articles only related. */
    record Aligned(Statement statement, float[] vector, List<Statement> stating, List<String> related,
                   double centrality, boolean mainClause) {
        Aligned {
            stating = List.copyOf(stating);
            related = List.copyOf(related);
        }

        /** What the fact says: its sentence, or only the sentence's main clause when that is what sources state. */
        String text() {
            return mainClause ? statement.core().orElseThrow().text() : statement.text();
        }

        int words() {
            return mainClause ? statement.core().orElseThrow().words() : statement.words();
        }

        /** Independent reports (an original and its copies count once). */
        int independent() {
            Set<String> roots = new LinkedHashSet<>();
            stating.forEach(s -> roots.add(s.root()));
            return roots.size();
        }
    }

    private final ClaimCheck check;
    private final double groupSimilarity;

    FactAligner(ClaimCheck check, double groupSimilarity) {
        this.check = Objects.requireNonNull(check, "check");
        this.groupSimilarity = groupSimilarity;
    }

    /**
     * The facts of a story's statements. {@code vectors} holds each statement's embedding, or null for a statement
     * that cannot be stated by another article (see {@link #alignable}): it stays a fact of its own article.
     */
    List<Aligned> align(List<Statement> statements, List<float[]> vectors) {
        return align(statements, vectors, java.util.Collections.nCopies(statements.size(), null));
    }

    /**
     * The same, with the embeddings of the statements' main clauses ({@link Statement#core()}; null where a
     * statement has none or it was not embedded): a fact may be the main clause alone when more sources state it.
     */
    List<Aligned> align(List<Statement> statements, List<float[]> vectors, List<float[]> cores) {
        int n = statements.size();
        if (n == 0) {
            return List.of();
        }
        float[] centre = null;
        for (float[] v : vectors) {
            if (v == null) {
                continue;
            }
            if (centre == null) {
                centre = new float[v.length];
            }
            for (int i = 0; i < centre.length; i++) {
                centre[i] += v[i];
            }
        }
        Map<Long, Double> cosines = new HashMap<>();
        Map<Long, Double> grouping = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (statements.get(i).article().equals(statements.get(j).article()) || vectors.get(i) == null
                        || vectors.get(j) == null) {
                    continue;
                }
                double cosine = dot(vectors.get(i), vectors.get(j));
                if (cosine >= STORED_FLOOR) {
                    cosines.put(key(i, j), cosine);
                }
                if (cores.get(i) != null || cores.get(j) != null) {
                    // statements are about the same thing when their main clauses are
                    double core = Math.max(cosine, coreCosine(i, j, vectors, cores));
                    if (core >= STORED_FLOOR && core > cosine) {
                        grouping.put(key(i, j), core);
                    }
                }
            }
        }
        List<Aligned> facts = new ArrayList<>();
        Map<Long, Double> groupCosines = new HashMap<>(cosines);
        groupCosines.putAll(grouping);
        for (List<Integer> group : groups(statements, groupCosines)) {
            facts.addAll(facts(group, statements, vectors, cores, cosines, centre));
        }
        return facts;
    }

    /**
     * Which statements another article could state, so only these need embedding: a claim is stated only by a
     * sentence holding at least {@code coverage} of its content-word stems, so a statement that shares less than
     * that share of the smaller stem set with every statement of every other article is never stated elsewhere.
     */
    static boolean[] alignable(List<Statement> statements, double coverage) {
        int n = statements.size();
        boolean[] alignable = new boolean[n];
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String stem : statements.get(i).claim().stems()) {
                postings.computeIfAbsent(stem, k -> new ArrayList<>()).add(i);
            }
        }
        int[] shared = new int[n];
        for (int i = 0; i < n; i++) {
            if (alignable[i]) {
                continue;
            }
            java.util.Arrays.fill(shared, 0);
            Statement a = statements.get(i);
            for (String stem : a.claim().stems()) {
                for (int j : postings.get(stem)) {
                    shared[j]++;
                }
            }
            for (int j = 0; j < n; j++) {
                Statement b = statements.get(j);
                int smaller = Math.min(a.claim().stems().size(), b.claim().stems().size());
                if (shared[j] > 0 && !a.article().equals(b.article()) && shared[j] >= coverage * smaller) {
                    alignable[i] = true;
                    alignable[j] = true;
                }
            }
        }
        return alignable;
    }

    private static long key(int i, int j) {
        return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
    }

    private static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** Average-link groups over the stored cosines, merging while the best mean reaches the group similarity. */
    private List<List<Integer>> groups(List<Statement> statements, Map<Long, Double> cosines) {
        String[] articles = statements.stream().map(Statement::article).toArray(String[]::new);
        AverageLinkage linkage = new AverageLinkage(statements.size(), articles, UNSTORED);
        cosines.forEach((k, cosine) -> linkage.edge((int) (k >>> 32), (int) (long) k, cosine));
        return linkage.clusters(groupSimilarity);
    }

    /** The facts of one group: the best-backed statement first, then the best of what it did not use, and so on. */
    private List<Aligned> facts(List<Integer> group, List<Statement> statements, List<float[]> vectors,
                                List<float[]> cores, Map<Long, Double> cosines, float[] centre) {
        double centreNorm = centre == null ? 0 : Math.sqrt(dot(centre, centre));
        Set<String> groupArticles = new LinkedHashSet<>();
        group.forEach(i -> groupArticles.add(statements.get(i).article()));
        List<Integer> left = new ArrayList<>(group);
        // sentences whose main clause is already a fact: they are left only for what their closing phrase adds
        Set<Integer> wholeOnly = new java.util.HashSet<>();
        List<Aligned> facts = new ArrayList<>();
        while (!left.isEmpty()) {
            int best = -1;
            boolean bestMainClause = false;
            List<Integer> bestStating = List.of();
            int bestSources = -1;
            double bestCentrality = 0;
            double bestCovered = -1;
            for (int r : left) {
                Statement candidate = statements.get(r);
                if (!candidate.selfContained()) {
                    continue;
                }
                List<Integer> stating = stating(r, candidate.claim(), left, statements,
                        i -> cosines.getOrDefault(key(r, i), 0.0));
                Set<String> roots = roots(stating, statements);
                boolean mainClause = false;
                if (candidate.core().isPresent()) {
                    // a source states the whole sentence only if it also gives some of its closing phrase
                    Set<String> phrase = new java.util.HashSet<>(candidate.claim().stems());
                    phrase.removeAll(candidate.core().get().claim().stems());
                    stating.removeIf(i -> i != r && !check.carries(phrase, statements.get(i).claim()));
                    roots = roots(stating, statements);
                }
                if (candidate.core().isPresent() && cores.get(r) != null && !wholeOnly.contains(r)) {
                    // the sentence's main clause, when more sources state it than the whole sentence; a source
                    // states it with its whole sentence or with its own main clause
                    float[] core = cores.get(r);
                    List<Integer> statingCore = stating(r, candidate.core().get().claim(), left, statements,
                            i -> vectors.get(i) == null ? 0 : Math.max(dot(core, vectors.get(i)),
                                    cores.get(i) == null ? 0 : dot(core, cores.get(i))));
                    Set<String> coreRoots = roots(statingCore, statements);
                    if (coreRoots.size() > roots.size()) {
                        stating = statingCore;
                        roots = coreRoots;
                        mainClause = true;
                    }
                }
                Claim claimed = mainClause ? candidate.core().get().claim() : candidate.claim();
                float[] shown = mainClause ? cores.get(r) : vectors.get(r);
                double centrality = centreNorm == 0 || shown == null ? 0 : dot(shown, centre) / centreNorm;
                // among statements as many sources state, the one they cover best: the claim without extras
                double covered = 0;
                for (int i : stating) {
                    covered += i == r ? 0 : ClaimCheck.coverage(claimed.stems(), statements.get(i).claim().stems());
                }
                covered /= Math.max(1, stating.size() - 1);
                if (roots.size() > bestSources || roots.size() == bestSources && (covered > bestCovered + 1e-9
                        || Math.abs(covered - bestCovered) <= 1e-9 && centrality > bestCentrality)) {
                    best = r;
                    bestMainClause = mainClause;
                    bestStating = stating;
                    bestSources = roots.size();
                    bestCentrality = centrality;
                    bestCovered = covered;
                }
            }
            if (best < 0) {
                break; // only sentences that do not read on their own are left
            }
            Set<String> citing = new LinkedHashSet<>();
            List<Statement> evidence = new ArrayList<>();
            for (int i : bestStating) {
                if (citing.add(statements.get(i).article())) {
                    evidence.add(statements.get(i));
                }
            }
            List<String> related = groupArticles.stream().filter(a -> !citing.contains(a)).toList();
            facts.add(new Aligned(statements.get(best), bestMainClause ? cores.get(best) : vectors.get(best),
                    evidence, related, bestCentrality, bestMainClause));
            Set<Integer> used = new LinkedHashSet<>(bestStating);
            // a source sentence that also says something that changes the claim ("..., marking the first time")
            // stays a candidate: that part is a fact of its own, with its own sources
            int fact = best;
            Set<String> qualifiers = (bestMainClause ? statements.get(fact).core().orElseThrow().claim()
                    : statements.get(fact).claim()).qualifiers();
            used.removeIf(i -> i != fact && !qualifiers.containsAll(statements.get(i).claim().qualifiers()));
            if (bestMainClause) {
                // what the sentences add after their main clauses ("..., killing 12") is not lost: each stays,
                // as a whole sentence only
                for (int i : bestStating) {
                    if (statements.get(i).core().isPresent()) {
                        used.remove(i);
                        wholeOnly.add(i);
                    }
                }
            }
            left.removeIf(used::contains);
        }
        return facts;
    }

    /** The best cosine between the main clause of one statement and the other statement or its main clause. */
    private static double coreCosine(int i, int j, List<float[]> vectors, List<float[]> cores) {
        double best = 0;
        if (cores.get(i) != null) {
            best = Math.max(best, dot(cores.get(i), vectors.get(j)));
            if (cores.get(j) != null) {
                best = Math.max(best, dot(cores.get(i), cores.get(j)));
            }
        }
        if (cores.get(j) != null) {
            best = Math.max(best, dot(vectors.get(i), cores.get(j)));
        }
        return best;
    }

    private static Set<String> roots(List<Integer> stating, List<Statement> statements) {
        Set<String> roots = new LinkedHashSet<>();
        stating.forEach(i -> roots.add(statements.get(i).root()));
        return roots;
    }

    /**
     * The statements that state statement {@code r}: itself, at most one sentence per other article (the one most
     * alike that passes the check), and sentences of r's own article that repeat it.
     */
    private List<Integer> stating(int r, Claim claimed, List<Integer> left, List<Statement> statements,
                                  java.util.function.IntToDoubleFunction cosineWith) {
        Statement claim = statements.get(r);
        Map<String, Integer> bestPerArticle = new LinkedHashMap<>();
        Map<String, Double> bestCosine = new HashMap<>();
        List<Integer> stating = new ArrayList<>();
        stating.add(r);
        for (int i : left) {
            if (i == r) {
                continue;
            }
            Statement source = statements.get(i);
            if (source.article().equals(claim.article())) {
                continue;
            }
            double cosine = cosineWith.applyAsDouble(i);
            if (check.support(claimed, source.claim(), cosine) == ClaimCheck.Support.STATES
                    && cosine > bestCosine.getOrDefault(source.article(), -1.0)) {
                bestPerArticle.put(source.article(), i);
                bestCosine.put(source.article(), cosine);
            }
        }
        stating.addAll(bestPerArticle.values());
        return stating;
    }
}
