package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The streaming clusterer's mechanics, under small hand-made models whose decisions are plain (the shipped model on
 * real and written news is tested in the app module).
 */
class StoryClustererTest {
    private static final long DAY = 86_400_000L;
    private static final long MARCH_10 = Instant.parse("2026-03-10T09:00:00Z").toEpochMilli();
    private final FeatureExtractor extractor = new FeatureExtractor();

    /** One story when the titles (or leads) share their words: p = sigmoid(20 cosine - 10). */
    private static StoryModel onWords(String feature, double threshold) {
        double[] weights = new double[PairFeatures.NAMES.size() + 1];
        weights[PairFeatures.NAMES.indexOf(feature)] = 20;
        weights[PairFeatures.NAMES.size()] = -10;
        return new StoryModel(weights, threshold, threshold, List.of("test"));
    }

    private ArticleProfile article(String id, long time, String title, String lead) {
        List<String> leadTerms = extractor.terms(lead, 80);
        List<String> body = new ArrayList<>(leadTerms);
        while (!leadTerms.isEmpty() && body.size() < 20) {
            body.addAll(leadTerms); // a full article, not a brief
        }
        return new ArticleProfile(id, time, time != 0, extractor.terms(title, Integer.MAX_VALUE), leadTerms, body,
                Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty());
    }

    @Test
    void reportsOfOneEventJoinAndAnotherEventStartsItsOwnStory() {
        StoryClusterer clusterer = new StoryClusterer(onWords("title", 0.5), StoryClusterer.Config.DEFAULTS);

        int bridge = clusterer.assign(article("a", MARCH_10, "Kestrel Bridge closed after girder crack",
                "Inspectors closed the Kestrel Bridge in Port Alder after finding a crack in a girder."));
        int sameBridge = clusterer.assign(article("b", MARCH_10 + 3_600_000, "Kestrel Bridge closed: girder crack",
                "The Kestrel Bridge was shut on Tuesday when a girder crack was found by inspectors."));
        int strike = clusterer.assign(article("c", MARCH_10 + 7_200_000, "Teachers vote to strike over pay",
                "Teachers in the valley voted to walk out next week in a dispute over pay."));

        assertThat(sameBridge).isEqualTo(bridge);
        assertThat(strike).isNotEqualTo(bridge);
        assertThat(clusterer.stories()).isEqualTo(2);
    }

    @Test
    void aNearDuplicateJoinsItsOriginalWhateverItsWords() {
        StoryClusterer clusterer = new StoryClusterer(onWords("title", 0.5), StoryClusterer.Config.DEFAULTS);
        int original = clusterer.assign(article("wire", MARCH_10, "Kestrel Bridge closed after girder crack",
                "Inspectors closed the bridge."));
        clusterer.assign(article("other", MARCH_10 + 1, "Teachers vote to strike", "Teachers voted."));
        ArticleProfile copy = new ArticleProfile("copy", MARCH_10 + 2, true, List.of("unrelat", "word"), List.of(),
                List.of(), Set.of(), Set.of(), Set.of(), Optional.of("wire"), Optional.empty());

        assertThat(clusterer.assign(copy)).isEqualTo(original);
    }

    @Test
    void anArticleThatBelongsWithTwoStoriesMergesThem() {
        StoryClusterer clusterer = new StoryClusterer(onWords("lead", 0.4), StoryClusterer.Config.DEFAULTS);
        int first = clusterer.assign(article("a", MARCH_10, "", "Kestrel girder"));
        int second = clusterer.assign(article("b", MARCH_10 + 1, "", "Alder ferry"));
        assertThat(second).as("no shared word yet").isNotEqualTo(first);

        int bridge = clusterer.assign(article("c", MARCH_10 + 2, "", "Kestrel girder Alder ferry"));

        assertThat(clusterer.current(first)).isEqualTo(clusterer.current(second)).isEqualTo(bridge);
        assertThat(clusterer.activeStories()).isEqualTo(1);
    }

    @Test
    void storiesOfOneSubjectAreRelatedUnderTheTopicModelAndOthersAreNot() {
        // stories by title, topics by lead: two closures of one bridge a month apart share a lead, not a title
        StoryClusterer clusterer = new StoryClusterer(onWords("title", 0.5), StoryClusterer.Config.DEFAULTS);
        StoryModel topics = onWords("lead", 0.4);
        int march = clusterer.assign(article("a", MARCH_10, "Kestrel Bridge shut after girder crack found",
                "Kestrel Bridge Port Alder girder inspectors closure traffic diverted"));
        clusterer.assign(article("b", MARCH_10 + 1, "Girder crack found: Kestrel Bridge shut",
                "Kestrel Bridge Port Alder girder inspectors closure traffic diverted ferry"));
        int april = clusterer.assign(article("c", MARCH_10 + 30 * DAY, "Kestrel Bridge closes again for repairs",
                "Kestrel Bridge Port Alder girder inspectors closure traffic diverted weekend"));
        int strike = clusterer.assign(article("d", MARCH_10 + 30 * DAY + 1, "Teachers vote to strike over pay",
                "Teachers valley voted walk out next week dispute pay"));

        assertThat(april).as("another event: its own story").isNotEqualTo(march);
        assertThat(clusterer.related(march, topics)).containsExactly(april);
        assertThat(clusterer.related(april, topics)).containsExactly(march);
        assertThat(clusterer.related(strike, topics)).isEmpty();
        assertThat(clusterer.size(march)).isEqualTo(2);

        StreamingTopics grouped = new StreamingTopics(clusterer, topics);
        assertThat(grouped.topic(april)).as("numbered by its oldest story").isEqualTo(march);
        assertThat(grouped.topic(march)).isEqualTo(march);
        assertThat(grouped.topic(strike)).isEqualTo(strike);

        // a third closure links to the others: one topic, whichever story is asked about first
        int may = clusterer.assign(article("e", MARCH_10 + 60 * DAY, "Bridge at Port Alder to reopen in June",
                "Kestrel Bridge Port Alder girder inspectors closure traffic diverted reopen"));
        assertThat(may).isNotIn(march, april);
        assertThat(grouped.topic(may)).isEqualTo(march);
    }

    @Test
    void storiesTheClustererMergesShareATopicAndAskingForTopicsChangesNoStory() {
        StoryModel byTitle = onWords("title", 0.4);
        StoryModel topics = onWords("lead", 0.4);
        StoryClusterer asked = new StoryClusterer(byTitle, StoryClusterer.Config.DEFAULTS);
        StoryClusterer alone = new StoryClusterer(byTitle, StoryClusterer.Config.DEFAULTS);
        StreamingTopics grouped = new StreamingTopics(asked, topics);
        List<ArticleProfile> articles = List.of(
                article("a", MARCH_10, "Kestrel girder", "bridge closure port"),
                article("b", MARCH_10 + 1, "Alder ferry", "ferry strike union"),
                article("e", MARCH_10 + 2, "Harbour crane", "bridge closure port"),
                article("c", MARCH_10 + 3, "Kestrel girder Alder ferry", "bridge closure ferry strike"));
        List<Integer> stories = new ArrayList<>();
        for (ArticleProfile article : articles) {
            int story = asked.assign(article);
            grouped.topic(story);
            stories.add(story);
            assertThat(alone.assign(article)).as("the same story whether or not topics are asked for").isEqualTo(story);
        }
        int a = stories.get(0);
        int b = stories.get(1);
        int e = stories.get(2);
        assertThat(e).as("another story, of the topic of a").isNotIn(a, b);
        assertThat(asked.current(a)).as("c showed a and b to be one story").isEqualTo(asked.current(b));
        assertThat(grouped.topic(b)).isEqualTo(grouped.topic(a)).isEqualTo(grouped.topic(e));
    }

    @Test
    void restoredArticlesKeepTheirStoryNumbersAndNewStoriesNumberOnFromThere() {
        StoryClusterer clusterer = new StoryClusterer(onWords("title", 0.5), StoryClusterer.Config.DEFAULTS);
        clusterer.restore(article("a", MARCH_10, "Kestrel Bridge closed after girder crack",
                "Inspectors closed the Kestrel Bridge."), 7);
        clusterer.restore(article("b", MARCH_10 + 1, "Teachers vote to strike over pay", "Teachers voted."), 3);

        int bridge = clusterer.assign(article("c", MARCH_10 + 2, "Kestrel Bridge closed after girder crack",
                "The Kestrel Bridge stays closed."));
        int ferry = clusterer.assign(article("d", MARCH_10 + 3, "Ferry crews walk out", "Crews walked out."));

        assertThat(bridge).isEqualTo(7);
        assertThat(ferry).as("after the highest restored number").isEqualTo(8);
    }

    @Test
    void aDayTheTextStatesMovesNoClock() {
        StoryClusterer clusterer = new StoryClusterer(onWords("title", 0.5),
                StoryClusterer.Config.DEFAULTS.withWindowDays(2));
        String title = "Kestrel Bridge closed after girder crack";
        int first = clusterer.assign(article("a", MARCH_10, title, "Inspectors found a crack."));
        // an undated report whose text names a day a year on: its time is that day, but it was not published then
        ArticleProfile text = article("b", MARCH_10 + 365 * DAY, title, "Inspectors found a crack.");
        ArticleProfile recalled = new ArticleProfile("b", text.time(), false, text.titleTerms(), text.leadTerms(),
                text.bodyTerms(), Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty());

        assertThat(clusterer.assign(recalled)).isEqualTo(first);
        assertThat(clusterer.activeStories()).isEqualTo(1);
    }

    @Test
    void quietStoriesLeaveThePoolSoAnEndlessStreamKeepsABoundedPool() {
        StoryClusterer clusterer = new StoryClusterer(onWords("title", 0.5),
                StoryClusterer.Config.DEFAULTS.withWindowDays(2));
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

    @Test
    void atMostMaxActiveStoriesStayActiveWhenNothingIsDated() {
        StoryClusterer clusterer = new StoryClusterer(onWords("title", 0.5), new StoryClusterer.Config(30, 8, 10, 50));
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            String words = word(random) + " " + word(random);
            clusterer.assign(article("u" + i, 0, words, words));
        }
        assertThat(clusterer.stories()).isEqualTo(200);
        assertThat(clusterer.activeStories()).isEqualTo(50);
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
