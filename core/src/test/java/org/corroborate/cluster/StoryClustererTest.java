package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static final long DAY = 86_400_000L;
    private static final long MARCH_10 = Instant.parse("2026-03-10T09:00:00Z").toEpochMilli();
    private final FeatureExtractor extractor = new FeatureExtractor();

    private ClusterFeatures article(String id, long time, String title, String lead, String... entities) {
        return new ClusterFeatures(id, time, extractor.terms(title, Integer.MAX_VALUE), extractor.terms(lead, 80),
                List.of(entities), Optional.empty(), Optional.empty());
    }

    private static StoryClusterer termsOnly() {
        return new StoryClusterer(StoryClusterer.Config.DEFAULTS.withEmbeddingWeight(0).withThreshold(0.08));
    }

    @Test
    void reportsOfOneEventJoinAndAnotherEventStartsItsOwnStory() {
        StoryClusterer clusterer = termsOnly();

        int bridge = clusterer.assign(article("a", MARCH_10, "Kestrel Bridge closed after girder crack",
                "Inspectors closed the Kestrel Bridge in Port Alder after finding a crack in a girder.",
                "kestrel bridge", "port alder"));
        int sameBridge = clusterer.assign(article("b", MARCH_10 + 3_600_000, "Crack in girder shuts Kestrel Bridge",
                "The Kestrel Bridge was shut on Tuesday when a girder crack was found by inspectors.",
                "kestrel bridge"));
        int strike = clusterer.assign(article("c", MARCH_10 + 7_200_000, "Teachers vote to strike over pay",
                "Teachers in the valley voted to walk out next week in a dispute over pay.", "valley teachers union"));

        assertThat(sameBridge).isEqualTo(bridge);
        assertThat(strike).isNotEqualTo(bridge);
        assertThat(clusterer.stories()).isEqualTo(2);
    }

    @Test
    void theSameWordsThreeWeeksLaterAreANewStory() {
        StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Config.DEFAULTS.withEmbeddingWeight(0)
                .withThreshold(0.08).withWindowDays(60));
        String title = "Kestrel Bridge closed after girder crack";
        String lead = "Inspectors closed the Kestrel Bridge after finding a crack in a girder.";

        int first = clusterer.assign(article("a", MARCH_10, title, lead, "kestrel bridge"));
        int nextDay = clusterer.assign(article("b", MARCH_10 + DAY, title, lead, "kestrel bridge"));
        int later = clusterer.assign(article("c", MARCH_10 + 21 * DAY, title, lead, "kestrel bridge"));

        assertThat(nextDay).isEqualTo(first);
        assertThat(later).as("the time Gaussian (sigma 3 days) outweighs identical words").isNotEqualTo(first);
    }

    @Test
    void aNearDuplicateJoinsItsOriginalWhateverItsWords() {
        StoryClusterer clusterer = termsOnly();
        int original = clusterer.assign(article("wire", MARCH_10, "Kestrel Bridge closed after girder crack",
                "Inspectors closed the bridge.", "kestrel bridge"));
        clusterer.assign(article("other", MARCH_10 + 1, "Teachers vote to strike", "Teachers voted.", "teachers"));

        ClusterFeatures copy = new ClusterFeatures("copy", MARCH_10 + 2, List.of("unrelat", "word"), List.of(),
                List.of(), Optional.of("wire"), Optional.empty());

        assertThat(clusterer.assign(copy)).isEqualTo(original);
    }

    @Test
    void undatedReportsClusterWithDatedOnesInsteadOfBeingPutIn1970() {
        StoryClusterer clusterer = termsOnly();
        String lead = "Inspectors closed the Kestrel Bridge in Port Alder after finding a crack in a girder.";

        int undated = clusterer.assign(article("undated", 0, "", lead, "kestrel bridge", "port alder"));
        int dated = clusterer.assign(article("dated", MARCH_10, "", lead, "kestrel bridge", "port alder"));

        assertThat(dated).isEqualTo(undated);
        assertThat(clusterer.activeStories()).isEqualTo(1);
    }

    @Test
    void quietStoriesLeaveThePoolSoAnEndlessStreamKeepsABoundedPool() {
        StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Config.DEFAULTS.withEmbeddingWeight(0)
                .withThreshold(0.08).withWindowDays(2));
        Random random = new Random(7);
        List<Integer> activeByDay = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            // ten new stories a day, each of unique made-up words, two reports each
            for (int s = 0; s < 10; s++) {
                String words = word(random) + " " + word(random) + " " + word(random);
                long time = MARCH_10 + day * DAY + s * 60_000L;
                int first = clusterer.assign(article(day + "-" + s + "a", time, words, words));
                int second = clusterer.assign(article(day + "-" + s + "b", time + 1000, words, words));
                assertThat(second).isEqualTo(first);
            }
            activeByDay.add(clusterer.activeStories());
        }
        assertThat(clusterer.stories()).isEqualTo(300);
        assertThat(activeByDay.subList(5, 30)).allSatisfy(active -> assertThat(active).isBetween(20, 30));
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
