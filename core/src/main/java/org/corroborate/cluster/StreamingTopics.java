package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Topics over the stories of a streaming clusterer, grown by average link as the archive's are: when a story is
 * {@link StoryClusterer#related related} to a story of another topic, the two topics join only if the mean topic
 * probability between their latest active stories reaches the topic threshold too, so one loose link cannot chain
 * two subjects. Two stories the clusterer merges are one topic from then on. A story's links are looked up when its
 * topic is asked for and it has grown since the last look; a join that failed is not tried again until one side
 * has grown. A topic is numbered by the least story number that joined it, which may be a story merged away since,
 * and the number may fall as the topic joins an older one. Memory is bounded: the entries of the oldest 200,000
 * stories are forgotten (a topic older than that may split). Not thread-safe.
 */
public final class StreamingTopics {
    private static final int KEPT = 200_000;
    /** The latest stories a topic keeps to compare with another topic. */
    private static final int KEPT_STORIES = 8;
    private final StoryClusterer clusterer;
    private final StoryModel topicModel;
    /** Union-find over story numbers; a root is the least number of its topic. */
    private final Map<Integer, Integer> parent = bounded();
    /** The size a story had when its links were last looked up. */
    private final Map<Integer, Integer> lookedAt = bounded();
    /** A topic's latest stories, by its root. */
    private final Map<Integer, List<Integer>> stories = bounded();
    /** Joins that failed, by the pair of roots, with the two topics' articles then. */
    private final Map<Long, Integer> failed = bounded();

    public StreamingTopics(StoryClusterer clusterer, StoryModel topicModel) {
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
        this.topicModel = Objects.requireNonNull(topicModel, "topicModel");
        clusterer.onMerge((from, into) -> union(find(from), find(into)));
    }

    private static <K, V> Map<K, V> bounded() {
        return new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > KEPT;
            }
        };
    }

    /** The topic of a story (its current number, as {@link StoryClusterer#current} gives it) as known now. */
    public int topic(int story) {
        int now = clusterer.current(story);
        int size = clusterer.size(now);
        if (size > 0 && lookedAt.getOrDefault(now, 0) < size) {
            lookedAt.put(now, size);
            for (int other : clusterer.related(now, topicModel)) {
                int a = find(now);
                int b = find(other);
                if (a == b) {
                    continue;
                }
                List<Integer> ours = members(a);
                List<Integer> theirs = members(b);
                long pair = ((long) Math.min(a, b) << 32) | Math.max(a, b);
                int articles = articles(ours) + articles(theirs);
                if (failed.getOrDefault(pair, -1) == articles) {
                    continue;
                }
                if (alike(ours, theirs)) {
                    failed.remove(pair);
                    union(a, b);
                } else {
                    failed.put(pair, articles);
                }
            }
        }
        return find(now);
    }

    private int articles(List<Integer> members) {
        int sum = 0;
        for (int s : members) {
            sum += clusterer.size(s);
        }
        return sum;
    }

    /** Whether the mean topic probability between the active stories of two topics reaches the threshold. */
    private boolean alike(List<Integer> a, List<Integer> b) {
        double sum = 0;
        double threshold = 0;
        int pairs = 0;
        for (int x : a) {
            for (int y : b) {
                double p = clusterer.probability(x, y, topicModel);
                if (!Double.isNaN(p)) {
                    sum += p;
                    threshold += clusterer.topicThreshold(x, y, topicModel);
                    pairs++;
                }
            }
        }
        return pairs > 0 && sum >= threshold;
    }

    /** A topic's latest stories (current numbers, each once), the root itself when it has none recorded. */
    private List<Integer> members(int root) {
        List<Integer> kept = stories.computeIfAbsent(root, r -> new ArrayList<>(List.of(r)));
        List<Integer> current = new ArrayList<>();
        for (int s : kept) {
            int c = clusterer.current(s);
            if (!current.contains(c)) {
                current.add(c);
            }
        }
        kept.clear();
        kept.addAll(current);
        return kept;
    }

    /** The root of a story's topic: the least story number linked to it (numbers as they were when linked). */
    private int find(int story) {
        int root = story;
        Integer up = parent.get(root);
        while (up != null) {
            root = up;
            up = parent.get(root);
        }
        // path compression
        int node = story;
        while (node != root) {
            int next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        return root;
    }

    /** Joins two topics (roots): the greater number points to the lesser, which keeps the latest stories of both. */
    private void union(int a, int b) {
        if (a == b) {
            return;
        }
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        List<Integer> joined = new ArrayList<>(members(low));
        for (int s : members(high)) {
            if (!joined.contains(s)) {
                joined.add(s);
            }
        }
        // story numbers grow with time: the latest stories are the highest numbers
        joined.sort(null);
        stories.remove(high);
        parent.put(high, low);
        stories.put(low, new ArrayList<>(joined.subList(Math.max(0, joined.size() - KEPT_STORIES), joined.size())));
    }
}
