package org.corroborate.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.Set;
import org.corroborate.cluster.ArticleProfile;

/**
 * A seeded stream of article profiles with planted stories, for benchmarks: stories start at a steady rate and
 * run for a few days, each with its own terms, people, places and direction in embedding space; articles draw
 * from their story plus shared vocabulary and noise, in time order (a title of 8 terms, a lead of 40, a body of
 * 200, as real articles have after stopwords). The same seed gives the same stream.
 */
public final class ClusterCorpus {
    /** Features and the story each article was drawn from. */
    public record Item(ArticleProfile profile, int story) {
    }

    private static final long DAY = 86_400_000L;
    private final SplittableRandom random;
    private final int dimensions;

    public ClusterCorpus(long seed, int dimensions) {
        this.random = new SplittableRandom(seed);
        this.dimensions = dimensions;
    }

    /** {@code articles} articles at {@code perDay} a day, from stories that each last about three days. */
    public List<Item> generate(int articles, int perDay, boolean embeddings) {
        List<Item> items = new ArrayList<>(articles);
        stream(articles, perDay, embeddings, items::add);
        return items;
    }

    /** As {@link #generate}, handing each article on as it is made, so the stream need not fit in memory. */
    public void stream(int articles, int perDay, boolean embeddings, java.util.function.Consumer<Item> sink) {
        List<int[]> activeStories = new ArrayList<>(); // {story, endsAtArticle}
        List<float[]> directions = new ArrayList<>();
        int storiesPerDay = Math.max(1, perDay / 20);
        int stories = 0;
        for (int i = 0; i < articles; i++) {
            long time = i * DAY / perDay;
            final int index = i;
            activeStories.removeIf(s -> s[1] < index);
            if (activeStories.isEmpty() || random.nextInt(perDay) < storiesPerDay) {
                activeStories.add(new int[] {stories++, i + perDay * (1 + random.nextInt(4))});
                directions.add(embeddings ? unit(random) : null);
            }
            int story = activeStories.get(random.nextInt(activeStories.size()))[0];
            List<String> title = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                title.add(random.nextInt(3) == 0 ? "w" + random.nextInt(5000) : "s" + story + "t" + random.nextInt(20));
            }
            List<String> lead = new ArrayList<>();
            for (int t = 0; t < 40; t++) {
                lead.add(random.nextInt(2) == 0 ? "w" + random.nextInt(5000) : "s" + story + "t" + random.nextInt(40));
            }
            List<String> body = new ArrayList<>(lead);
            for (int t = 0; t < 160; t++) {
                body.add(random.nextInt(2) == 0 ? "w" + random.nextInt(20000) : "s" + story + "t" + random.nextInt(80));
            }
            Set<String> entities = Set.of("PERSON:e" + story + "." + random.nextInt(4),
                    "LOCATION:e" + story + "." + random.nextInt(4), "ORGANIZATION:common" + random.nextInt(50));
            Optional<float[]> embedding = Optional.empty();
            if (embeddings) {
                float[] direction = directions.get(story);
                float[] vector = new float[dimensions];
                double norm = 0;
                for (int d = 0; d < dimensions; d++) {
                    vector[d] = direction[d] + (float) (random.nextGaussian() * 0.03);
                    norm += vector[d] * vector[d];
                }
                for (int d = 0; d < dimensions; d++) {
                    vector[d] /= (float) Math.sqrt(norm);
                }
                embedding = Optional.of(vector);
            }
            ArticleProfile profile = new ArticleProfile("a" + i, time, true, title, lead, body, entities, Set.of(), Set.of(),
                    Optional.empty(), embedding);
            sink.accept(new Item(profile, story));
        }
    }

    private float[] unit(SplittableRandom r) {
        // random directions in 384 dimensions are nearly orthogonal, as unrelated stories are
        float[] v = new float[dimensions];
        double norm = 0;
        for (int d = 0; d < dimensions; d++) {
            v[d] = (float) r.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < dimensions; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
