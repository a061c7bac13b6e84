package org.corroborate.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.cluster.ClusterFeatures;
import org.corroborate.cluster.FeatureExtractor;
import org.corroborate.cluster.StoryClusterer;
import org.corroborate.embed.Embedder;

/**
 * Briefs for analysed articles: all of them as one story, or grouped into stories by the story clusterer first,
 * biggest story first. Thread-safe if the embedder is.
 */
public final class Briefs {
    private final Embedder embedder;
    private final BriefBuilder builder;
    /** Re-resolves dates of undated articles within their story once stories are known. */
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    public Briefs(Embedder embedder, BriefBuilder.Config config) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.builder = new BriefBuilder(embedder, config);
    }

    /** With the embedder found on the class path (module corroborate-embed) and default settings. */
    public static Briefs withDefaults() {
        Embedder embedder = ServiceLoader.load(Embedder.class).findFirst().orElseThrow(() ->
                new IllegalStateException("no Embedder on the class path: add the corroborate-embed module"));
        return new Briefs(embedder, BriefBuilder.Config.DEFAULTS);
    }

    public List<StoryBrief> briefs(List<AnalyzedArticle> articles, boolean oneStory) {
        if (articles.isEmpty()) {
            return List.of();
        }
        if (oneStory) {
            return List.of(builder.build("1", articles));
        }
        FeatureExtractor extractor = new FeatureExtractor();
        List<float[]> vectors = embedder.embed(articles.stream().map(FeatureExtractor::embeddingText).toList());
        List<ClusterFeatures> features = new ArrayList<>();
        Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            features.add(extractor.features(articles.get(i)).withEmbedding(vectors.get(i)));
            byId.put(articles.get(i).id(), articles.get(i));
        }
        features.sort(Comparator.comparingLong(ClusterFeatures::time));
        StoryClusterer clusterer = new StoryClusterer();
        Map<Integer, List<AnalyzedArticle>> stories = new LinkedHashMap<>();
        for (ClusterFeatures f : features) {
            stories.computeIfAbsent(clusterer.assign(f), k -> new ArrayList<>()).add(byId.get(f.id()));
        }
        List<List<AnalyzedArticle>> ordered = new ArrayList<>(stories.values());
        ordered.sort(Comparator.comparingInt((List<AnalyzedArticle> s) -> -s.size()));
        List<StoryBrief> briefs = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            List<AnalyzedArticle> story = ordered.size() == 1 ? ordered.get(i) : analyzer.reextractStory(ordered.get(i));
            briefs.add(builder.build(String.valueOf(i + 1), story));
        }
        return briefs;
    }
}
