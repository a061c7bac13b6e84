package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/**
 * The related stories a stored story's brief lists, as the server and the Flink job list them: the stories of one
 * topic with it that {@link StoryClusterer#related} finds under the topic model, biggest first ({@link #lookUp}),
 * and every story whose latest listing names it ({@link #list}). The clusterer's lookup starts from the asking
 * story's rarest words, so it can miss a story that finds this one; listing such a story back keeps the relation
 * symmetric, and a story newly named by another is to be listed again once (it is "prompted"), so each brief lists
 * the other without waiting for an article of its own. Memory is bounded: the listings of the latest 20,000 stories
 * listed and the latest 100,000 prompted pairs are kept. Not thread-safe.
 */
public final class RelatedStories {
    private static final int LISTINGS = 20_000;
    private static final int PROMPTS = 100_000;

    /**
     * What a story's brief lists now and which other stories must be listed again because of it.
     *
     * @param related the stories to list, the clusterer's (biggest first) then those listed back
     * @param prompted stories this one names whose latest listing does not name it yet, each once a pair
     */
    public record Listing(List<Long> related, List<Long> prompted) {
        public Listing {
            related = List.copyOf(related);
            prompted = List.copyOf(prompted);
        }
    }

    /** The stories each recent listing named, least recently listed first. */
    private final Map<Long, Set<Long>> listed = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Set<Long>> eldest) {
            return size() > LISTINGS;
        }
    };
    /** Pairs (story, related story) whose relation already prompted the related story, oldest first. */
    private final Set<Long> prompts = java.util.Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > PROMPTS;
        }
    });

    /**
     * The stories of one topic with {@code story} as the clusterer sees them now ({@link StoryClusterer#related}
     * under {@code topicModel}), biggest first, then by number: as an archive's brief lists them. Empty for a story
     * no longer active. Leaves the clusterer as it was.
     */
    public static List<Long> lookUp(StoryClusterer clusterer, StoryModel topicModel, long story) {
        Objects.requireNonNull(clusterer, "clusterer");
        if (story < 1 || story > Integer.MAX_VALUE) {
            return List.of();
        }
        return clusterer.related((int) story, topicModel).stream()
                .sorted(Comparator.comparingInt((Integer s) -> -clusterer.size(s)).thenComparingInt(s -> s))
                .map(Integer::longValue).toList();
    }

    /**
     * Lists {@code story} now: the stories the clusterer {@code found} for it ({@link #lookUp}), then each story
     * whose latest listing names it, and remembers the listing. A story it names whose own listing does not name it
     * yet is prompted, once a pair: a relation found one way only, around three stories, must not prompt them in
     * turn for ever.
     */
    public Listing list(long story, List<Long> found) {
        Set<Long> both = new LinkedHashSet<>(found);
        both.remove(story);
        listed.forEach((other, its) -> {
            if (its.contains(story) && other != story) {
                both.add(other);
            }
        });
        List<Long> related = List.copyOf(both);
        listed.put(story, Set.copyOf(related));
        List<Long> prompted = new ArrayList<>();
        for (long other : related) {
            if (!listed.getOrDefault(other, Set.of()).contains(story) && prompts.add(story << 32 ^ other)) {
                prompted.add(other);
            }
        }
        return new Listing(related, prompted);
    }

    /** Hands each remembered listing to {@code sink}, least recently listed first (what a checkpoint keeps). */
    public void forEachListing(BiConsumer<Long, Set<Long>> sink) {
        listed.forEach(sink);
    }

    /** Hands each remembered prompted pair to {@code sink}, oldest first (what a checkpoint keeps). */
    public void forEachPrompt(LongConsumer sink) {
        prompts.forEach(sink::accept);
    }

    /** Remembers a listing again (a restore, fed in the order {@link #forEachListing} gave). */
    public void restoreListing(long story, Set<Long> related) {
        listed.put(story, Set.copyOf(related));
    }

    /** Remembers a prompted pair again (a restore, fed in the order {@link #forEachPrompt} gave). */
    public void restorePrompt(long pair) {
        prompts.add(pair);
    }
}
