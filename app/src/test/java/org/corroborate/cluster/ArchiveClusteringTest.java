package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.eval.ClusterScores;
import org.corroborate.ingest.Article;
import org.corroborate.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped story model on labelled stories, in both modes (archive and streaming): a small set written for the
 * test, then ECB+ topics it never saw.
 */
class ArchiveClusteringTest {
    private static final BgeSmallEmbedder EMBEDDER = new BgeSmallEmbedder();

    private static Map<String, String> cluster(List<AnalyzedArticle> articles) {
        List<ArticleProfile> profiles = new FeatureExtractor().profiles(articles, EMBEDDER);
        int[] stories = new ArchiveClusterer(StoryModel.shipped()).cluster(PairFeatures.over(profiles));
        Map<String, String> predicted = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            predicted.put(articles.get(i).id(), String.valueOf(stories[i]));
        }
        return predicted;
    }

    /** Each article's story and topic, from one archive clustering with the shipped story and topic models. */
    private static List<Map<String, String>> storiesAndTopics(List<AnalyzedArticle> articles) {
        List<ArticleProfile> profiles = new FeatureExtractor().profiles(articles, EMBEDDER);
        ArchiveClusterer.Topics grouped = new ArchiveClusterer(StoryModel.shipped())
                .clusterWithTopics(PairFeatures.over(profiles), StoryModel.shippedTopics());
        Map<String, String> stories = new LinkedHashMap<>();
        Map<String, String> topics = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            stories.put(articles.get(i).id(), String.valueOf(grouped.stories()[i]));
            topics.put(articles.get(i).id(), String.valueOf(grouped.topics()[i]));
        }
        // a topic holds whole stories
        Map<String, String> topicOfStory = new LinkedHashMap<>();
        stories.forEach((id, story) -> assertThat(topicOfStory.computeIfAbsent(story, k -> topics.get(id)))
                .as("the topic of story %s", story).isEqualTo(topics.get(id)));
        return List.of(stories, topics);
    }

    private static void print(String what, ClusterScores scores) {
        System.out.printf("%s: pairwise P %.3f R %.3f F1 %.3f; BCubed P %.3f R %.3f F1 %.3f%n", what,
                scores.pairwisePrecision(), scores.pairwiseRecall(), scores.pairwiseF1(), scores.bcubedPrecision(),
                scores.bcubedRecall(), scores.bcubedF1());
    }

    /**
     * The streaming clusterer, fed in time order as {@code cluster} feeds it (ECB+ has no publication dates: the time
     * of an article is the latest day its text states, and input order breaks ties).
     */
    private static Map<String, String> stream(List<AnalyzedArticle> articles) {
        List<ArticleProfile> profiles = new java.util.ArrayList<>(new FeatureExtractor().profiles(articles, EMBEDDER));
        profiles.sort(java.util.Comparator.comparingLong(ArticleProfile::time));
        StoryClusterer clusterer = new StoryClusterer();
        Map<String, Integer> assigned = new LinkedHashMap<>();
        profiles.forEach(p -> assigned.put(p.id(), clusterer.assign(p)));
        Map<String, String> predicted = new LinkedHashMap<>();
        assigned.forEach((id, story) -> predicted.put(id, String.valueOf(clusterer.current(story))));
        return predicted;
    }

    private static Article article(String id, String title, String text) {
        Article plain = Article.of(id, text);
        return new Article(id, plain.origin(), plain.format(), Optional.empty(), Optional.empty(), Optional.of(title),
                Optional.empty(), Optional.empty(), text, List.of());
    }

    @Test
    void twoEarthquakesAndTwoRehabStaysStayFourStories() {
        List<Article> articles = List.of(
                article("quake-a1", "Earthquake kills 12 in Veloria",
                        "A magnitude 6.1 earthquake struck the mountain town of Veloria on Tuesday, killing at least "
                                + "12 people and flattening dozens of stone houses, officials in Veloria said. "
                                + "Rescue teams searched the rubble of the old market through the night."),
                article("quake-a2", "Veloria quake: rescuers search rubble",
                        "Rescuers in Veloria dug through collapsed houses on Wednesday after Tuesday's magnitude 6.1 "
                                + "earthquake, which killed 12 people. The mayor of Veloria said the old market "
                                + "district was the worst hit."),
                article("quake-a3", "Death toll in Veloria earthquake stays at 12",
                        "Officials said the toll from the earthquake in Veloria remained at 12 dead, as engineers "
                                + "inspected schools and the old market. The magnitude 6.1 quake hit on Tuesday."),
                article("quake-b1", "Quake shakes Marenta island, three dead",
                        "A magnitude 5.4 earthquake shook the fishing island of Marenta on Saturday, killing three "
                                + "people and damaging the harbour wall, the Marenta coast guard said."),
                article("quake-b2", "Marenta harbour damaged by earthquake",
                        "The harbour wall of Marenta cracked in Saturday's magnitude 5.4 earthquake, which killed "
                                + "three islanders. Ferries to Marenta were suspended while divers checked the pier."),
                article("rehab-c1", "Dana Whitlock checks into rehab",
                        "Actress Dana Whitlock has checked into a rehabilitation clinic in Arizona, her publicist "
                                + "said on Monday, asking fans to respect her privacy during treatment."),
                article("rehab-c2", "Whitlock enters treatment facility",
                        "Dana Whitlock, star of the drama series Harbor Lights, entered a treatment facility in "
                                + "Arizona this week, according to her publicist."),
                article("rehab-d1", "Singer Paulo Serrat enters rehab",
                        "Singer Paulo Serrat has entered a rehab centre in Lisbon after cancelling his summer tour, "
                                + "his record label confirmed on Friday."),
                article("rehab-d2", "Paulo Serrat cancels tour, seeks treatment",
                        "Paulo Serrat cancelled the rest of his summer tour and checked into a Lisbon rehab centre, "
                                + "his label said, adding that the singer was grateful for support."));
        Map<String, String> gold = new LinkedHashMap<>();
        articles.forEach(a -> gold.put(a.id(), a.id().substring(0, a.id().indexOf('-') + 2)));

        List<AnalyzedArticle> analyzed = new ArticleAnalyzer().analyze(articles);
        Map<String, String> predicted = cluster(analyzed);
        ClusterScores scores = ClusterScores.score(gold, predicted);
        Map<String, String> streamed = stream(analyzed);
        ClusterScores streaming = ClusterScores.score(gold, streamed);

        System.out.printf("written stories: archive pairwise F1 %.3f, BCubed F1 %.3f: %s; streaming %.3f, %.3f: %s%n",
                scores.pairwiseF1(), scores.bcubedF1(), predicted, streaming.pairwiseF1(), streaming.bcubedF1(),
                streamed);
        assertThat(scores.pairwiseF1()).isEqualTo(1.0);
        assertThat(streaming.pairwiseF1()).isEqualTo(1.0);
    }

    @Test
    void ecbPlusTopicsTheModelNeverSaw() throws IOException {
        Optional<Path> shared = SharedData.find();
        Assumptions.assumeTrue(shared.isPresent(), "../shared is absent: skipping ECB+ held-out topics");
        Path data = shared.get().resolve("data");
        Map<String, String> gold = new LinkedHashMap<>();
        for (String line : Files.readAllLines(data.resolve("ecbplus-dev.stories.tsv"))) {
            String[] f = line.split("\t");
            if (f.length == 2 && !f[0].equals("id") && Integer.parseInt(f[0].substring(0, f[0].indexOf('_'))) > 25) {
                gold.put(f[0], f[1]);
            }
        }
        List<AnalyzedArticle> articles = new ArticleAnalyzer().analyzeAll(List.of(data.resolve("ecbplus-dev.jsonl")
                .toString()), problem -> { }).stream().filter(a -> gold.containsKey(a.id())).toList();

        List<Map<String, String>> grouped = storiesAndTopics(articles);
        ClusterScores scores = ClusterScores.score(gold, grouped.get(0));
        ClusterScores streaming = ClusterScores.score(gold, stream(articles));
        // each ECB+ topic holds two events of one kind (two patches of one browser, two arrests of one team's players)
        Map<String, String> goldTopics = new LinkedHashMap<>();
        gold.keySet().forEach(id -> goldTopics.put(id, id.substring(0, id.indexOf('_'))));
        ClusterScores topics = ClusterScores.score(goldTopics, grouped.get(1));
        print("topics, ECB+ topics 26-35 (held out from the topic model's training)", topics);
        assertThat(topics.pairwiseF1()).isGreaterThan(0.95);

        System.out.printf("archive clustering, ECB+ topics 26-35 (%d articles, held out from training): pairwise P %.3f "
                + "R %.3f F1 %.3f; BCubed P %.3f R %.3f F1 %.3f%n", articles.size(), scores.pairwisePrecision(),
                scores.pairwiseRecall(), scores.pairwiseF1(), scores.bcubedPrecision(), scores.bcubedRecall(),
                scores.bcubedF1());
        System.out.printf("streaming, ECB+ topics 26-35: pairwise P %.3f R %.3f F1 %.3f; BCubed P %.3f R %.3f F1 %.3f%n",
                streaming.pairwisePrecision(), streaming.pairwiseRecall(), streaming.pairwiseF1(),
                streaming.bcubedPrecision(), streaming.bcubedRecall(), streaming.bcubedF1());
        assertThat(scores.bcubedF1()).isGreaterThan(0.90);
        assertThat(scores.pairwiseF1()).isGreaterThan(0.85);
        assertThat(streaming.bcubedF1()).isGreaterThan(0.88);
        assertThat(streaming.pairwiseF1()).isGreaterThan(0.83);
    }

    @Test
    void multiLingTopicsAreFoundAboveTheirStories() throws IOException {
        Optional<Path> shared = SharedData.find();
        Assumptions.assumeTrue(shared.isPresent(), "../shared is absent: skipping MultiLing 2011 topics");
        Path sources = shared.get().resolve("data/multiling2011-en/sources");
        // ten topics of ten articles, M000x to M009x: each a subject followed for weeks (a disaster and its relief)
        List<AnalyzedArticle> articles = new ArticleAnalyzer().analyzeAll(List.of(sources.toString()), problem -> { });
        Map<String, String> gold = new LinkedHashMap<>();
        articles.forEach(a -> gold.put(a.id(), a.id().substring(0, 4)));
        assertThat(new java.util.HashSet<>(gold.values())).hasSize(10);

        List<Map<String, String>> grouped = storiesAndTopics(articles);
        ClusterScores stories = ClusterScores.score(gold, grouped.get(0));
        ClusterScores topics = ClusterScores.score(gold, grouped.get(1));
        print("MultiLing 2011 sources against its topics, as stories", stories);
        print("MultiLing 2011 sources against its topics, as topics (never seen in training)", topics);
        // stories are events: a telethon for the tsunami's victims is not the tsunami; the topic holds both
        assertThat(stories.pairwisePrecision()).isGreaterThan(0.95);
        assertThat(topics.pairwiseF1()).isGreaterThan(0.95);
    }
}
