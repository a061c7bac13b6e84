package org.corroborate.http;

import static org.corroborate.present.BriefHtml.esc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.corroborate.present.BriefHtml;
import org.corroborate.present.StoredStoryBrief;
import org.corroborate.store.BriefVersion;
import org.corroborate.store.Store;
import org.corroborate.store.StoredArticle;
import org.corroborate.store.StoryQuery;
import org.corroborate.store.StorySummary;

/**
 * The web page: a list of stories with a search box, a story's brief (the HTML report, whose citations open on
 * their evidence without a script), and an article's clean text with what cleaning removed. Plain HTML and CSS, no
 * script, no external asset; readable on a phone, usable by keyboard (links, a form and {@code <details>}).
 */
final class Pages {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String STYLE = "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;"
            + "color:#111}a{color:#0645ad}a:focus,summary:focus,input:focus,button:focus{outline:3px solid #f90}"
            + "nav{margin-bottom:1rem}ol.stories{padding-left:1.5rem}ol.stories li{margin:.6rem 0}"
            + ".meta{color:#555;font-size:.9rem}del{color:#a00}form{margin:1rem 0}input[type=search]{width:60%;"
            + "font-size:1rem;padding:.3rem}button{font-size:1rem;padding:.3rem .8rem}"
            + "pre.text{white-space:pre-wrap;font:inherit}@media(max-width:40rem){input[type=search]{width:100%}}";

    private Pages() {
    }

    private static String head(String title) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width,initial-scale=1\"><title>" + esc(title) + "</title><style>" + STYLE
                + "</style></head><body><nav><a href=\"/\">Corroborate: all stories</a> · <a href=\"/feeds\">feeds</a></nav>";
    }

    /** A query-string value. */
    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void storyList(Context ctx, Store store, StoryQuery query) {
        StringBuilder html = new StringBuilder(head("Corroborate: stories"));
        html.append("<h1>Stories</h1>").append(searchForm("", false))
                .append("<p><a href=\"/\">Newest first</a> · <a href=\"/?order=largest\">Largest first</a></p>");
        List<StorySummary> stories = store.stories(query);
        if (stories.isEmpty()) {
            html.append("<p>No story yet").append(query.words().isPresent() ? " matches these words" : "")
                    .append(". Send articles with <code>corroborate ingest PATH --server URL --token T</code>.</p>");
        }
        html.append("<ol class=\"stories\">");
        for (StorySummary s : stories) {
            html.append("<li><a href=\"/stories/").append(s.id()).append("\">").append(esc(s.headline()))
                    .append("</a><div class=\"meta\">").append(s.sources()).append(s.sources() == 1 ? " source, "
                            : " sources, ").append(s.articles()).append(s.articles() == 1 ? " article, " : " articles, ")
                    .append(s.corroborated()).append(" corroborated ").append(s.corroborated() == 1 ? "fact" : "facts")
                    .append("; updated ").append(esc(Instant.ofEpochMilli(s.updated()).toString()))
                    .append("</div></li>");
        }
        html.append("</ol>");
        String words = query.words().map(w -> "&q=" + url(w)).orElse("");
        String order = query.order() == StoryQuery.Order.LARGEST ? "&order=largest" : "";
        if (query.page() > 1) {
            html.append("<a href=\"/?page=").append(query.page() - 1).append(words).append(order)
                    .append("\">Newer</a> ");
        }
        if (stories.size() == query.pageSize()) {
            html.append("<a href=\"/?page=").append(query.page() + 1).append(words).append(order)
                    .append("\">Older</a>");
        }
        html.append("</body></html>");
        ctx.contentType("text/html; charset=utf-8").result(html.toString());
    }

    private static String searchForm(String q, boolean semantic) {
        return "<form method=\"get\" action=\"/search\" role=\"search\"><label for=\"q\">Search articles</label> "
                + "<input type=\"search\" id=\"q\" name=\"q\" value=\"" + esc(q) + "\"> <label><input "
                + "type=\"checkbox\" name=\"semantic\" value=\"true\"" + (semantic ? " checked" : "")
                + "> by meaning</label> <button type=\"submit\">Search</button></form>";
    }

    static void searchResults(Context ctx, String q, boolean semantic, List<CorroborateServer.Found> found) {
        StringBuilder html = new StringBuilder(head("Corroborate: " + q));
        html.append("<h1>Search</h1>").append(searchForm(q, semantic));
        if (!q.isEmpty() && found.isEmpty()) {
            html.append("<p>No story matches.</p>");
        }
        html.append("<ol class=\"stories\">");
        for (CorroborateServer.Found f : found) {
            StorySummary s = f.story();
            html.append("<li><a href=\"/stories/").append(s.id()).append("\">").append(esc(s.headline()))
                    .append("</a><div class=\"meta\">").append(s.sources()).append(" sources, ").append(s.articles())
                    .append(" articles; matching: ");
            for (int i = 0; i < f.matches().size(); i++) {
                StoredArticle a = f.matches().get(i);
                html.append(i > 0 ? "; " : "").append("<a href=\"")
                        .append(esc(StoredStoryBrief.articlePage(a.id()))).append("\">")
                        .append(esc(a.title().orElse(a.id()))).append("</a> (").append(esc(a.source())).append(")");
            }
            html.append("</div></li>");
        }
        html.append("</ol></body></html>");
        ctx.contentType("text/html; charset=utf-8").result(html.toString());
    }

    /** The brief's own HTML report, with the page's navigation and the story's versions above it. */
    static void story(Context ctx, Store store, long id, int version) {
        StorySummary summary = store.story(id).orElseThrow(() -> new ApiException(404, "no story " + id));
        BriefVersion brief = (version > 0 ? store.brief(id, version) : store.latestBrief(id))
                .orElseThrow(() -> new ApiException(404, version > 0 ? "story " + id + " has no version " + version
                        : "the brief of story " + id + " is being built; reload in a moment"));
        StringBuilder nav = new StringBuilder("<nav><a href=\"/\">Corroborate: all stories</a> · version ")
                .append(brief.version()).append(" of ").append(summary.briefVersion()).append(", ")
                .append(brief.articles()).append(" articles, made ")
                .append(esc(Instant.ofEpochMilli(brief.created()).toString()));
        if (brief.version() > 1) {
            nav.append(" · <a href=\"/stories/").append(id).append("?version=").append(brief.version() - 1)
                    .append("\">previous version</a> · <a href=\"/api/stories/").append(id).append("/changes?since=")
                    .append(brief.version() - 1).append("\">what changed</a>");
        }
        nav.append(" · <a href=\"/api/stories/").append(id).append("\">JSON</a></nav>");
        // the brief's sources and citations link to the article pages: StoredStoryBrief rendered them so
        // and a brief stored before its style gave the page margins gets them here
        String html = brief.html().replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>",
                "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        if (!html.contains(org.corroborate.present.BriefHtml.MARGINS)) {
            html = html.replaceFirst("</head>", "<style>" + org.corroborate.present.BriefHtml.MARGINS
                    + "</style></head>");
        }
        int body = html.indexOf("<body>");
        html = body < 0 ? html : html.substring(0, body + 6) + nav + html.substring(body + 6);
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    static void article(Context ctx, StoredArticle article) {
        JsonNode analysis;
        try {
            analysis = JSON.readTree(article.analysis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder html = new StringBuilder(head(article.title().orElse(article.id())));
        html.append("<h1>").append(esc(article.title().orElse(article.id()))).append("</h1><p class=\"meta\">")
                .append(esc(article.source()));
        article.published().ifPresent(p -> html.append(", ").append(esc(p)));
        html.append(" · in <a href=\"/stories/").append(article.story()).append("\">story ").append(article.story())
                .append("</a>");
        article.url().filter(BriefHtml::linkable).ifPresent(u ->
                html.append(" · <a rel=\"noopener noreferrer nofollow\" href=\"").append(esc(u))
                        .append("\">original</a>"));
        html.append("</p><h2>Clean text</h2><pre class=\"text\">").append(esc(analysis.path("text").asText()))
                .append("</pre>");
        JsonNode removed = analysis.path("removed");
        html.append("<h2>Removed by cleaning (").append(removed.size()).append(")</h2>");
        if (removed.size() > 0) {
            html.append("<ul>");
            for (JsonNode block : removed) {
                html.append("<li><span class=\"meta\">").append(esc(block.path("kind").asText()))
                        .append(":</span> <del>").append(esc(block.path("text").asText())).append("</del></li>");
            }
            html.append("</ul>");
        }
        html.append("</body></html>");
        ctx.contentType("text/html; charset=utf-8").result(html.toString());
    }

    static void feeds(Context ctx, List<org.corroborate.store.Feed> feeds) {
        StringBuilder html = new StringBuilder(head("Corroborate: feeds"));
        html.append("<h1>Feeds</h1><p>Subscribe with <code>curl -X POST -H 'Authorization: Bearer TOKEN' -d "
                + "'{\"url\": \"https://...\", \"every\": \"15m\"}' http://HOST/api/feeds</code>.</p>");
        if (feeds.isEmpty()) {
            html.append("<p>No feed yet.</p>");
        }
        html.append("<ul>");
        for (org.corroborate.store.Feed f : feeds) {
            html.append("<li>").append(esc(CorroborateServer.publicUrl(f.url()))).append("<div class=\"meta\">every ")
                    .append(f.everySeconds()).append(" s; ").append(f.articles()).append(" articles added; ")
                    .append(f.lastPolled() == 0 ? "not polled yet" : "last polled "
                            + esc(Instant.ofEpochMilli(f.lastPolled()).toString()) + ": "
                            + esc(f.lastStatus().orElse(""))).append("</div></li>");
        }
        html.append("</ul></body></html>");
        ctx.contentType("text/html; charset=utf-8").result(html.toString());
    }

    static String error(int status, String message) {
        return head("Error " + status) + "<h1>Error " + status + "</h1><p>" + esc(message) + "</p></body></html>";
    }
}
