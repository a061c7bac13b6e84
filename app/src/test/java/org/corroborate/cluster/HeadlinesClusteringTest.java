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
import java.util.stream.Collectors;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.eval.ClusterScores;
import org.corroborate.testing.Collected;
import org.corroborate.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real headline-only input: the 3,200 labelled headlines of ../shared/data, clustered in time order. */
class HeadlinesClusteringTest {
    private static List<ClusterFeatures> features;
    private static Map<String, String> gold;

    @BeforeAll
    static void load() throws IOException {
        Path csv = SharedData.seeds().resolveSibling("data").resolve("uci-news-aggregator-dev.csv");
        Collected collected = new Collected();
        new ArticleAnalyzer().analyzePaths(List.of(csv.toString()), collected);
        FeatureExtractor extractor = new FeatureExtractor();
        List<float[]> vectors = new org.corroborate.embed.BgeSmallEmbedder().embed(collected.analyzed.stream()
                .map(FeatureExtractor::embeddingText).collect(Collectors.toList()));
        features = new java.util.ArrayList<>();
        for (int i = 0; i < collected.analyzed.size(); i++) {
            features.add(extractor.features(collected.analyzed.get(i)).withEmbedding(vectors.get(i)));
        }
        features.sort(Comparator.comparingLong(ClusterFeatures::time));
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

    static ClusterScores cluster(StoryClusterer.Config config) {
        StoryClusterer clusterer = new StoryClusterer(config);
        Map<String, String> predicted = new HashMap<>();
        for (ClusterFeatures f : features) {
            predicted.put(f.id(), String.valueOf(clusterer.assign(f)));
        }
        return ClusterScores.score(gold, predicted);
    }

    /**
     * The figures the issue asks for, and a floor under them so a change that makes clustering worse fails. The goal
     * (0.90) is not reached yet; see the note on the clustering issue.
     */
    @Test
    void headlinesClusterInTimeOrder() {
        ClusterScores s = cluster(StoryClusterer.Config.DEFAULTS);
        System.out.printf("headlines (3,200, 44 stories, time order, embeddings): pairwise P %.3f R %.3f F1 %.3f; "
                + "BCubed P %.3f R %.3f F1 %.3f%n", s.pairwisePrecision(), s.pairwiseRecall(), s.pairwiseF1(),
                s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1());
        assertThat(s.articles()).isEqualTo(3200);
        assertThat(s.pairwiseF1()).isGreaterThan(0.82);
        assertThat(s.bcubedF1()).isGreaterThan(0.82);
    }

    /**
     * The data comes in story blocks (its timestamps are crawl times); fed in a random order, online clustering is
     * worse and depends on the order. Printed for the docs, with a floor.
     */
    @Test
    void inRandomOrderClusteringStaysUsable() {
        for (long seed : new long[] {1, 2, 3}) {
            List<ClusterFeatures> shuffled = new java.util.ArrayList<>(features);
            java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
            StoryClusterer clusterer = new StoryClusterer();
            Map<String, String> predicted = new HashMap<>();
            for (ClusterFeatures f : shuffled) {
                predicted.put(f.id(), String.valueOf(clusterer.assign(f)));
            }
            ClusterScores s = ClusterScores.score(gold, predicted);
            System.out.printf("headlines in random order (seed %d): pairwise F1 %.3f; BCubed F1 %.3f%n", seed,
                    s.pairwiseF1(), s.bcubedF1());
            assertThat(s.pairwiseF1()).isGreaterThan(0.7);
        }
    }

    @Test
    void withoutEmbeddingsTermsAloneStillClusterReasonably() {
        StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Config.DEFAULTS.withEmbeddingWeight(0)
                .withThreshold(0.08));
        Map<String, String> predicted = new HashMap<>();
        for (ClusterFeatures f : features) {
            predicted.put(f.id(), String.valueOf(clusterer.assign(new ClusterFeatures(f.id(), f.time(),
                    f.titleTerms(), f.leadTerms(), f.entities(), f.duplicateOf(), java.util.Optional.empty()))));
        }
        ClusterScores s = ClusterScores.score(gold, predicted);
        System.out.printf("headlines without embeddings: pairwise F1 %.3f; BCubed F1 %.3f%n", s.pairwiseF1(),
                s.bcubedF1());
        assertThat(s.pairwiseF1()).isGreaterThan(0.78);
    }
}
