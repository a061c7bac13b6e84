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
import org.corroborate.cluster.ArchiveClusterer;
import org.corroborate.cluster.ArticleProfile;
import org.corroborate.cluster.FeatureExtractor;
import org.corroborate.cluster.PairFeatures;
import org.corroborate.cluster.StoryModel;
import org.corroborate.embed.Embedder;

/**
 * Briefs for analysed articles: all of them as one story, or grouped into stories first by archive clustering
 * with the learned story model (the whole input is known), biggest story first; each brief names the other stories
 * of its topic (the shipped topic model, whatever the story model). Thread-safe if the embedder is.
 */
public final class Briefs {
    private final Embedder embedder;
    private final BriefBuilder builder;
    /** Re-resolves dates of undated articles within their story once stories are known. */
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    private final StoryModel storyModel;
    private final StoryModel topicModel = StoryModel.shippedTopics();

    public Briefs(Embedder embedder, BriefBuilder.Config config) {
        this(embedder, config, StoryModel.shipped());
    }

    /** With a story model of one's own ({@code corroborate train cluster}). */
    public Briefs(Embedder embedder, BriefBuilder.Config config, StoryModel storyModel) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.builder = new BriefBuilder(embedder, config);
        this.storyModel = Objects.requireNonNull(storyModel, "storyModel");
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
        // the whole input is known: archive clustering with the learned story model
        List<ArticleProfile> profiles = new FeatureExtractor().profiles(articles, embedder);
        ArchiveClusterer.Topics grouped = new ArchiveClusterer(storyModel)
                .clusterWithTopics(PairFeatures.over(profiles), topicModel);
        int[] assigned = grouped.stories();
        Map<Integer, List<Integer>> stories = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            stories.computeIfAbsent(assigned[i], k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> ordered = new ArrayList<>(stories.values());
        ordered.sort(Comparator.comparingInt((List<Integer> s) -> -s.size()));
        // the stories of each topic, by their numbers (biggest first, as they are numbered)
        Map<Integer, List<String>> topics = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            topics.computeIfAbsent(grouped.topics()[ordered.get(i).get(0)], k -> new ArrayList<>())
                    .add(String.valueOf(i + 1));
        }
        List<StoryBrief> briefs = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            List<AnalyzedArticle> members = ordered.get(i).stream().map(articles::get).toList();
            List<AnalyzedArticle> story = ordered.size() == 1 ? members : analyzer.reextractStory(members);
            String id = String.valueOf(i + 1);
            List<String> related = topics.get(grouped.topics()[ordered.get(i).get(0)]).stream()
                    .filter(other -> !other.equals(id)).toList();
            briefs.add(builder.build(id, story).withRelatedStories(related));
        }
        return briefs;
    }
}
