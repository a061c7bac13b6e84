package org.corroborate.present;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.brief.BriefBuilder;
import org.corroborate.brief.StoryBrief;
import org.corroborate.ingest.Article;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.ArticleSink;

/**
 * The brief of a story whose articles are kept as their input lines (the server's store, the Flink job's sink):
 * the articles are read and analysed again unless their analysis is at hand, copies count once (as the ingest
 * linked them), the story's dates are resolved together, and the brief is rendered as the JSON and HTML a store
 * keeps. One place for what every writer of stored briefs does.
 *
 * @param corroborated how many of its facts more than one independent source states
 */
public record StoredStoryBrief(StoryBrief brief, String json, String html, int corroborated) {
    /** A stored article: its id, the JSON line it came as, and the original it copies, if any. */
    public record Input(String id, String jsonLine, Optional<String> duplicateOf) {
    }

    /**
     * Builds the brief of story {@code story} from its articles in order of arrival; {@code known} holds analyses
     * already made (by id), and {@code analysed} hears of each article analysed here.
     */
    public static StoredStoryBrief build(long story, List<Input> stored, Map<String, AnalyzedArticle> known,
                                         ArticleAnalyzer analyzer, BriefBuilder builder,
                                         java.util.function.Consumer<AnalyzedArticle> analysed) {
        return build(story, stored, known, analyzer, builder, analysed, List.of());
    }

    /**
     * The page of a stored article: {@code /articles/} and its id as one path segment, so an id with slashes
     * (a file's path) or {@code ?} and {@code #} stays one, and {@code ..} is never a step up.
     */
    public static String articlePage(String id) {
        return "/articles/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A related story of the same store: its number and headline, linked to its page ({@code /stories/N}). */
    public record Related(long story, String headline) {
    }

    /** The same, listing {@code related} stories (of one topic) in the brief, linked to their pages. */
    public static StoredStoryBrief build(long story, List<Input> stored, Map<String, AnalyzedArticle> known,
                                         ArticleAnalyzer analyzer, BriefBuilder builder,
                                         java.util.function.Consumer<AnalyzedArticle> analysed,
                                         List<Related> related) {
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        StringBuilder lines = new StringBuilder();
        for (Input a : stored) {
            AnalyzedArticle done = known.get(a.id());
            if (done != null) {
                byId.put(a.id(), done);
            } else {
                lines.append(a.jsonLine()).append('\n');
            }
        }
        List<Article> articles = new ArrayList<>();
        // these lines were read once already, when they were stored: no problem is reported twice
        new ArticleReader().readJsonLines("story " + story, new ByteArrayInputStream(
                lines.toString().getBytes(StandardCharsets.UTF_8)), ArticleSink.of(articles::add, problem -> { }));
        for (AnalyzedArticle a : analyzer.analyze(articles)) {
            byId.put(a.id(), a);
            analysed.accept(a);
        }
        // copies count as one source: the ingest decided which article copies which
        List<AnalyzedArticle> ordered = new ArrayList<>();
        for (Input a : stored) {
            AnalyzedArticle analyzedArticle = byId.get(a.id());
            if (analyzedArticle != null) {
                ordered.add(analyzedArticle.withDuplicateOf(a.duplicateOf()));
            }
        }
        List<AnalyzedArticle> analyzed = analyzer.reextractStory(ordered);
        Map<String, String> headlines = new HashMap<>();
        related.forEach(r -> headlines.put(String.valueOf(r.story()), r.headline()));
        StoryBrief brief = builder.build(String.valueOf(story), analyzed)
                .withRelatedStories(related.stream().map(r -> String.valueOf(r.story())).toList());
        Map<String, String> texts = new HashMap<>();
        Map<String, BriefHtml.ArticleLink> links = new HashMap<>();
        analyzed.forEach(a -> {
            texts.put(a.id(), a.text());
            links.put(a.id(), new BriefHtml.ArticleLink(articlePage(a.id()), a.cleaned().article().url()));
        });
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        try {
            BriefJson.write(List.of(brief), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BriefHtml.write(List.of(brief), new PrintStream(html, false, StandardCharsets.UTF_8),
                id -> Optional.ofNullable(texts.get(id)),
                id -> new BriefHtml.StoryLink("/stories/" + id, headlines.getOrDefault(id, "story " + id)),
                id -> Optional.ofNullable(links.get(id)));
        int corroborated = (int) brief.facts().stream().filter(StoryBrief.Fact::corroborated).count();
        return new StoredStoryBrief(brief, json.toString(StandardCharsets.UTF_8), html.toString(StandardCharsets.UTF_8),
                corroborated);
    }
}
