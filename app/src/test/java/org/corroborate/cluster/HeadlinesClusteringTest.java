package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.eval.ClusterScores;
import org.corroborate.testing.Collected;
import org.corroborate.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real headline-only input: the 3,200 labelled headlines of ../shared/data, clustered in time order. */
class HeadlinesClusteringTest {
    private static List<ArticleProfile> profiles;
    private static Map<String, String> gold;

    @BeforeAll
    static void load() throws IOException {
        Path csv = SharedData.seeds().resolveSibling("data").resolve("uci-news-aggregator-dev.csv");
        Collected collected = new Collected();
        new ArticleAnalyzer().analyzePaths(List.of(csv.toString()), collected);
        profiles = new java.util.ArrayList<>(new FeatureExtractor().profiles(collected.analyzed,
                new org.corroborate.embed.BgeSmallEmbedder()));
        profiles.sort(Comparator.comparingLong(ArticleProfile::time));
        gold = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(csv)) {
            var rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerForMapOf(String.class)
                    .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
                    .<Map<String, String>>readValues(reader);
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                gold.put(row.get("ID"), row.get("STORY"));
            }
        }
    }

    static ClusterScores cluster(List<ArticleProfile> stream) {
        StoryClusterer clusterer = new StoryClusterer();
        Map<String, Integer> assigned = new HashMap<>();
        for (ArticleProfile p : stream) {
            assigned.put(p.id(), clusterer.assign(p));
        }
        Map<String, String> predicted = new HashMap<>();
        assigned.forEach((id, story) -> predicted.put(id, String.valueOf(clusterer.current(story))));
        return ClusterScores.score(gold, predicted);
    }

    /**
     * The figures the issue asks for, and a floor under them so a change that makes clustering worse fails. The goal
     * (0.90) is not reached yet on all 3,200 (the held-out day is tested with the model in ArchiveClusteringTest).
     */
    @Test
    void headlinesClusterInTimeOrder() {
        ClusterScores s = cluster(profiles);
        System.out.printf("streaming, headlines (3,200, 44 stories, time order): pairwise P %.3f R %.3f F1 %.3f; "
                + "BCubed P %.3f R %.3f F1 %.3f%n", s.pairwisePrecision(), s.pairwiseRecall(), s.pairwiseF1(),
                s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1());
        assertThat(s.articles()).isEqualTo(3200);
        assertThat(s.pairwiseF1()).isGreaterThan(0.80);
        assertThat(s.bcubedF1()).isGreaterThan(0.83);
    }

    /**
     * The data comes in story blocks (its timestamps are crawl times); fed in a random order, online clustering is
     * worse and depends on the order. Printed for the docs, with a floor.
     */
    @Test
    void inRandomOrderClusteringStaysUsable() {
        for (long seed : new long[] {1, 2, 3}) {
            List<ArticleProfile> shuffled = new java.util.ArrayList<>(profiles);
            java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
            ClusterScores s = cluster(shuffled);
            System.out.printf("streaming, headlines in random order (seed %d): pairwise F1 %.3f; BCubed F1 %.3f%n",
                    seed, s.pairwiseF1(), s.bcubedF1());
            assertThat(s.pairwiseF1()).isGreaterThan(0.7);
        }
    }
}
