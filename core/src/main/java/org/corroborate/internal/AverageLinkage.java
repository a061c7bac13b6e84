package org.corroborate.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Average-link agglomerative clustering over a sparse similarity graph: the two clusters with the highest mean
 * similarity over their pairs merge while that mean reaches the threshold. Pairs without an edge count as
 * {@code absent}. Nodes may carry a group (an article, say): pairs of one group are left out of every mean, so a
 * cluster may hold two nodes of one group. The result does not depend on the order of the nodes. Not thread-safe;
 * one instance clusters one graph.
 */
public final class AverageLinkage {
    private final int n;
    private final String[] groups;
    private final double absent;
    private final List<Map<Integer, double[]>> links = new ArrayList<>();
    private final Map<Long, Double> scored = new HashMap<>();
    private PairScorer scorer;
    private List<List<Integer>> start = List.of();

    /** Scores a pair of nodes on demand. */
    public interface PairScorer {
        double score(int i, int j);
    }

    /** Cross pairs scored before two clusters of a sparse graph merge, per side: their mean is then an estimate. */
    private static final int SAMPLE_SIDE = 8;

    /**
     * @param groups each node's group, or null when every node stands alone
     * @param absent the similarity a pair without an edge stands for, or NaN to leave such pairs out of the mean
     *     (for graphs whose edges are only the likely pairs: then a cluster's mean is over the pairs scored)
     */
    public AverageLinkage(int n, String[] groups, double absent) {
        this.n = n;
        this.groups = groups;
        this.absent = absent;
        for (int i = 0; i < n; i++) {
            links.add(new HashMap<>());
        }
    }

    /** Adds the edge between two nodes of different groups. */
    public void edge(int i, int j, double similarity) {
        if (i == j) {
            return;
        }
        double[] link = {similarity, 1};
        links.get(i).put(j, link);
        links.get(j).put(i, link);
        scored.put(key(i, j), similarity);
    }

    /**
     * For a sparse graph (absent pairs left out of the mean): before two clusters merge, a sample of their cross
     * pairs not yet scored is scored with this, so a few strong links cannot chain two stories whose other pairs
     * are weak.
     */
    public AverageLinkage scoreOnDemand(PairScorer pairScorer) {
        this.scorer = pairScorer;
        return this;
    }

    /**
     * Clusters that exist before any merge (stories, when this groups stories into topics): their nodes are joined
     * whatever their similarity, and the clusters grow from there, so every result holds each of them whole.
     */
    public AverageLinkage start(List<List<Integer>> clusters) {
        this.start = List.copyOf(clusters);
        return this;
    }

    private static long key(int i, int j) {
        return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
    }

    /** The least mean similarity at which two clusters merge, which may depend on what they hold. */
    public interface Threshold {
        double of(List<Integer> a, List<Integer> b);
    }

    /** The clusters, each a sorted list of nodes, in order of their first node. */
    public List<List<Integer>> clusters(double threshold) {
        return clusters((a, b) -> threshold);
    }

    /** The clusters, merging two only while their mean reaches the threshold for that pair of clusters. */
    public List<List<Integer>> clusters(Threshold threshold) {
        List<List<Integer>> members = new ArrayList<>();
        List<Map<String, Integer>> groupCounts = new ArrayList<>();
        int[] version = new int[n];
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
            Map<String, Integer> count = new HashMap<>();
            if (groups != null) {
                count.put(groups[i], 1);
            }
            groupCounts.add(count);
            alive[i] = true;
        }
        for (List<Integer> cluster : start) {
            for (int k = 1; k < cluster.size(); k++) {
                if (alive[cluster.get(0)] && alive[cluster.get(k)]) {
                    absorb(cluster.get(0), cluster.get(k), members, groupCounts, alive, version);
                }
            }
        }
        PriorityQueue<double[]> queue = new PriorityQueue<>(Comparator.comparingDouble((double[] e) -> -e[0])
                .thenComparingDouble(e -> e[1]).thenComparingDouble(e -> e[2]));
        for (int i = 0; i < n; i++) {
            for (Map.Entry<Integer, double[]> link : links.get(i).entrySet()) {
                if (link.getKey() > i) {
                    queue.add(new double[] {mean(link.getValue(), i, link.getKey(), members, groupCounts), i,
                            link.getKey(), version[i], version[link.getKey()]});
                }
            }
        }
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int a = (int) top[1];
            int b = (int) top[2];
            if (!alive[a] || !alive[b] || version[a] != (int) top[3] || version[b] != (int) top[4]) {
                continue;
            }
            if (top[0] < threshold.of(members.get(a), members.get(b))) {
                continue; // a later pair, less alike, may still reach a lower threshold
            }
            if (scorer != null && sampledMean(a, b, members) < threshold.of(members.get(a), members.get(b))) {
                continue; // the strong links that proposed the merge are not typical of the two clusters' pairs
            }
            absorb(a, b, members, groupCounts, alive, version);
            for (Map.Entry<Integer, double[]> link : links.get(a).entrySet()) {
                int c = link.getKey();
                int low = Math.min(a, c);
                int high = Math.max(a, c);
                queue.add(new double[] {mean(link.getValue(), low, high, members, groupCounts), low, high,
                        version[low], version[high]});
            }
        }
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                members.get(i).sort(Integer::compare);
                clusters.add(members.get(i));
            }
        }
        clusters.sort(Comparator.comparingInt(c -> c.get(0)));
        return clusters;
    }

    /** Cluster {@code b} joins cluster {@code a}: its members, groups and links (sums and counts) move over. */
    private void absorb(int a, int b, List<List<Integer>> members, List<Map<String, Integer>> groupCounts,
                        boolean[] alive, int[] version) {
        alive[b] = false;
        version[a]++;
        members.get(a).addAll(members.get(b));
        groupCounts.get(b).forEach((group, count) -> groupCounts.get(a).merge(group, count, Integer::sum));
        links.get(a).remove(b);
        for (Map.Entry<Integer, double[]> link : links.get(b).entrySet()) {
            int c = link.getKey();
            if (c == a) {
                continue;
            }
            double[] merged = links.get(a).computeIfAbsent(c, k -> new double[2]);
            merged[0] += link.getValue()[0];
            merged[1] += link.getValue()[1];
            links.get(c).remove(b);
            links.get(c).put(a, merged);
        }
        links.get(b).clear();
    }

    /**
     * The mean over a spread sample of the two clusters' cross pairs, scored on demand: an unbiased estimate of
     * their average link, where the stored edges (each node's nearest) overstate it.
     */
    private double sampledMean(int a, int b, List<List<Integer>> members) {
        double sum = 0;
        int count = 0;
        for (int i : spread(members.get(a))) {
            for (int j : spread(members.get(b))) {
                sum += scored.computeIfAbsent(key(i, j), k -> scorer.score(i, j));
                count++;
            }
        }
        return sum / count;
    }

    /** Up to SAMPLE_SIDE members, evenly spread over the list. */
    private static List<Integer> spread(List<Integer> members) {
        if (members.size() <= SAMPLE_SIDE) {
            return members;
        }
        List<Integer> spread = new ArrayList<>();
        for (int k = 0; k < SAMPLE_SIDE; k++) {
            spread.add(members.get(k * members.size() / SAMPLE_SIDE));
        }
        return spread;
    }

    /** The mean similarity between two clusters over their pairs of different groups. */
    private double mean(double[] stored, int a, int b, List<List<Integer>> members,
                        List<Map<String, Integer>> groupCounts) {
        long pairs = (long) members.get(a).size() * members.get(b).size();
        for (Map.Entry<String, Integer> e : groupCounts.get(a).entrySet()) {
            pairs -= (long) e.getValue() * groupCounts.get(b).getOrDefault(e.getKey(), 0);
        }
        if (pairs <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (Double.isNaN(absent)) {
            return stored[0] / stored[1];
        }
        return (stored[0] + absent * (pairs - stored[1])) / pairs;
    }
}
