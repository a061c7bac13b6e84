package org.corroborate.present;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.corroborate.brief.Evidence;
import org.corroborate.brief.StoryBrief;
import org.jsoup.nodes.Entities;

/**
 * Briefs as one self-contained HTML file: no scripts, no external assets. Per story a facts-by-sources coverage
 * matrix with single-source facts highlighted, and the timeline drawn as an SVG chart. Every piece of article text
 * is escaped, so nothing an article contains is ever run or rendered as markup.
 */
public final class BriefHtml {
    /** The page's side margins, as the server's other pages have them: text never runs flush to the window's edge. */
    public static final String MARGINS = "body{padding:0 1rem}";
    private static final String STYLE = "body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;"
            + "color:#222}h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}table.matrix{border-collapse:"
            + "collapse;width:100%}table.matrix td,table.matrix th{border:1px solid #ccc;padding:.25em .5em;"
            + "vertical-align:top}table.matrix td:first-child{width:50%}table.matrix th{font-size:.8em;"
            + "overflow-wrap:break-word;hyphens:auto}"
            + "table.matrix td.mark{text-align:center}tr.single{background:#fff3cd}sup{color:#666}"
            + ".conflict{border-left:4px solid #c0392b;padding-left:.8em}.disputed{color:#c0392b}"
            + "table.timeline{border-collapse:collapse}table.timeline td{padding:.2em .5em;vertical-align:top}"
            + "table.timeline th{font-size:.8em;font-weight:normal;color:#666;text-align:left}"
            + "table.timeline svg{max-width:30vw}table.timeline time{white-space:nowrap}.also{color:#666}"
            + "details.cite{display:inline-block}details.cite summary{display:inline;cursor:pointer;color:#2c6fbb;"
            + "font-size:.8em;vertical-align:super;list-style:none}details.cite[open]{display:block;margin:.3em 0 .6em"
            + " 1.5em}details.cite blockquote{margin:.2em 0;padding:.3em .6em;border-left:3px solid #2c6fbb;"
            + "background:#f4f7fb;font-size:.9em}mark{background:#ffe58a}td.related{color:#999}"
            + "tr.more td{font-style:italic;color:#666}" + MARGINS;

    private BriefHtml() {
    }

    public static void write(List<StoryBrief> stories, PrintStream out) {
        write(stories, out, id -> Optional.empty());
    }

    /**
     * With {@code articleText} giving the cleaned text of an article by id, each citation opens on the cited
     * sentence in its context; without it, on the sentence alone.
     */
    public static void write(List<StoryBrief> stories, PrintStream out,
                             Function<String, Optional<String>> articleText) {
        java.util.Map<String, String> headlines = new java.util.HashMap<>();
        stories.forEach(s -> headlines.put(s.id(), s.headline()));
        write(stories, out, articleText, id -> new StoryLink("#story-" + id,
                headlines.getOrDefault(id, "story " + id)));
    }

    /** Where a related story's link goes, and the headline it shows. */
    public record StoryLink(String href, String headline) {
    }

    /**
     * The same, with {@code related} giving the link of each related story (a server links to the story's page,
     * a report of several stories to the story's section).
     */
    public static void write(List<StoryBrief> stories, PrintStream out,
                             Function<String, Optional<String>> articleText, Function<String, StoryLink> related) {
        write(stories, out, articleText, related, id -> Optional.empty());
    }

    /** Where an article's link goes (its page on a server) and its original's address, if it may be a link. */
    public record ArticleLink(String page, Optional<String> original) {
        public ArticleLink {
            Objects.requireNonNull(page, "page");
            original = original.filter(BriefHtml::linkable);
        }
    }

    /** Whether an article's address may become a link: http or https only (not javascript:, data: or relative). */
    public static boolean linkable(String url) {
        return HTTP_URL.matcher(url).matches();
    }

    /** An absolute http or https address with a host: nothing before the scheme, no space or control in the host. */
    private static final java.util.regex.Pattern HTTP_URL = java.util.regex.Pattern.compile(
            "(?is)https?://[^/?#\\s\\p{Cntrl}]+([/?#].*)?");

    /**
     * The same, with {@code articles} giving the link of an article by id: its sources and the article named in
     * each citation's evidence link to it (a server links them to article pages; a report on its own has none).
     */
    public static void write(List<StoryBrief> stories, PrintStream out, Function<String, Optional<String>> articleText,
                             Function<String, StoryLink> related, Function<String, Optional<ArticleLink>> articles) {
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                + "'unsafe-inline'\">");
        out.println("<title>" + esc(stories.isEmpty() ? "Corroborate brief" : stories.get(0).headline())
                + "</title><style>" + STYLE + "</style></head><body>");
        for (StoryBrief story : stories) {
            story(story, out, articleText, related, articles);
        }
        out.println("</body></html>");
        out.flush();
    }

    private static void story(StoryBrief story, PrintStream out, Function<String, Optional<String>> articleText,
                              Function<String, StoryLink> related, Function<String, Optional<ArticleLink>> articles) {
        List<String> ids = story.articles().stream().map(StoryBrief.Article::id).toList();
        Evidences cite = new Evidences(ids, articleText, articles);
        out.println("<section class=\"story\" id=\"story-" + esc(story.id()) + "\"><h1>" + esc(story.headline())
                + "</h1>");
        if (!story.relatedStories().isEmpty()) {
            out.println("<p class=\"related-stories\">Related stories: " + story.relatedStories().stream()
                    .map(related)
                    .map(link -> "<a href=\"" + esc(link.href()) + "\">" + esc(link.headline()) + "</a>")
                    .collect(java.util.stream.Collectors.joining("; ")) + "</p>");
        }
        out.println("<h2>Summary</h2><div class=\"summary\">");
        for (StoryBrief.Sentence s : story.summary()) {
            out.println(esc(s.text()) + " " + cite.of(s.evidence()) + disputed(story.conflictsIn(s.text(), s.evidence()), ids));
        }
        out.println("</div><h2>Facts by source</h2><table class=\"matrix\"><thead><tr><th>Fact</th>");
        for (int i = 0; i < story.articles().size(); i++) {
            StoryBrief.Article a = story.articles().get(i);
            out.println("<th title=\"" + esc(a.id()) + "\">[" + (i + 1) + "] " + esc(a.source())
                    + a.duplicateOf().map(d -> " <small>(copy of [" + (ids.indexOf(d) + 1) + "])</small>").orElse("")
                    + "</th>");
        }
        out.println("</tr></thead><tbody>");
        List<StoryBrief.Fact> corroborated = story.facts().stream().filter(StoryBrief.Fact::corroborated).toList();
        corroborated.stream().limit(CORROBORATED_SHOWN).forEach(f -> row(f, ids, cite, out));
        // the facts the table leaves out, listed under it: the report holds every fact of the brief
        List<StoryBrief.Fact> unshown = new ArrayList<>(corroborated.subList(Math.min(corroborated.size(),
                CORROBORATED_SHOWN), corroborated.size()));
        java.util.Map<String, String> root = new java.util.HashMap<>();
        story.articles().forEach(a -> root.put(a.id(), a.duplicateOf().filter(ids::contains).orElse(a.id())));
        more(corroborated.size() - CORROBORATED_SHOWN, "corroborated facts", ids, out);
        for (StoryBrief.Article article : story.articles()) {
            if (article.duplicateOf().isPresent()) {
                continue;
            }
            // a fact only a copy states is its original's report
            List<StoryBrief.Fact> only = story.facts().stream().filter(f -> !f.corroborated()
                    && root.getOrDefault(f.evidence().get(0).article(), "").equals(article.id())).toList();
            only.stream().limit(SINGLE_SHOWN).forEach(f -> row(f, ids, cite, out));
            more(only.size() - SINGLE_SHOWN, "facts only in " + article.source(), ids, out);
            unshown.addAll(only.subList(Math.min(only.size(), SINGLE_SHOWN), only.size()));
        }
        out.println("</tbody></table>");
        if (!unshown.isEmpty()) {
            out.println("<details><summary>" + unshown.size() + (unshown.size() == 1 ? " fact" : " facts")
                    + " not in the table</summary><ul>");
            for (StoryBrief.Fact f : unshown) {
                out.println("<li>" + esc(f.text()) + " " + cite.of(f.evidence())
                        + (f.corroborated() ? "" : " <em>(single source)</em>") + "</li>");
            }
            out.println("</ul></details>");
        }
        if (!story.quotes().isEmpty()) {
            out.println("<h2>Quotes</h2><ul class=\"quotes\">");
            for (StoryBrief.Quote q : story.quotes()) {
                out.println("<li><strong>" + esc(q.speaker().orElse("Speaker not given")) + "</strong>: “"
                        + esc(q.text()) + "” " + cite.of(q.evidence()) + "</li>");
            }
            out.println("</ul>");
        }
        if (!story.figures().isEmpty()) {
            out.println("<h2>Figures</h2><ul class=\"figures\">");
            for (StoryBrief.Figure f : story.figures()) {
                out.println("<li>" + esc(BriefMarkdown.amount(f.qualifier(), f.value(), f.unit())
                        + f.counts().filter(c -> !c.equals(f.unit())).map(c -> " (" + c + ")").orElse("")) + " "
                        + cite.of(f.evidence()) + "</li>");
            }
            out.println("</ul>");
        }
        for (StoryBrief.Conflict c : story.conflicts()) {
            out.println("<div class=\"conflict\"><p>Sources differ on <strong>" + esc(c.about())
                    + "</strong>:</p><ul>");
            for (StoryBrief.Conflict.Value v : c.values()) {
                out.println("<li>" + esc(BriefMarkdown.amount(v.qualifier(), v.value(), v.unit()) + BriefMarkdown.basis(v)) + " "
                        + cite.of(v.evidence()) + "</li>");
            }
            out.println("</ul></div>");
        }
        if (!story.timeline().isEmpty()) {
            out.println("<h2>Timeline</h2>");
            timeline(story.timeline(), ids, cite, out);
        }
        if (!story.entities().isEmpty()) {
            out.println("<h2>People, organisations, places</h2><ul class=\"entities\">");
            for (StoryBrief.Entity e : story.entities()) {
                out.println("<li>" + esc(e.name()) + " <small>" + esc(e.type().toLowerCase(Locale.ROOT))
                        + (e.aliases().isEmpty() ? "" : "; also " + esc(String.join(", ", e.aliases())))
                        + "</small> " + cite(ids, e.sources()) + "</li>");
            }
            out.println("</ul>");
        }
        out.println("<h2>Sources</h2><ol class=\"sources\">");
        for (StoryBrief.Article a : story.articles()) {
            Optional<ArticleLink> link = articles.apply(a.id());
            String name = esc(a.source() + a.title().map(t -> ": " + t).orElse(""));
            out.println("<li>" + link.map(l -> "<a href=\"" + esc(l.page()) + "\">" + name + "</a>").orElse(name)
                    + esc(a.published().map(p -> ", " + p).orElse("") + " (" + a.id() + ")"
                    + a.duplicateOf().map(d -> ", a copy of " + d).orElse(""))
                    + link.flatMap(ArticleLink::original).map(u -> " · <a rel=\"noopener noreferrer nofollow\" href=\""
                    + esc(u) + "\">original</a>").orElse("") + "</li>");
        }
        out.println("</ol></section>");
    }

    private static final int CORROBORATED_SHOWN = 15;
    private static final int SINGLE_SHOWN = 5;

    /** A fact's row: a filled dot under each source that states it (opening its sentence), a ring under related. */
    private static void row(StoryBrief.Fact fact, List<String> ids, Evidences cite, PrintStream out) {
        out.print("<tr class=\"" + (fact.corroborated() ? "corroborated" : "single") + "\"><td>"
                + esc(fact.text()) + (fact.corroborated() ? "" : " <em>(single source)</em>") + "</td>");
        for (String id : ids) {
            Optional<Evidence> evidence = fact.evidence().stream().filter(e -> e.article().equals(id)).findFirst();
            if (evidence.isPresent()) {
                out.print("<td class=\"mark\">" + cite.open("●", evidence.get()) + "</td>");
            } else if (fact.related().contains(id)) {
                out.print("<td class=\"mark related\" title=\"reports something related, does not state it\">○</td>");
            } else {
                out.print("<td class=\"mark\"></td>");
            }
        }
        out.println("</tr>");
    }

    private static void more(int more, String what, List<String> ids, PrintStream out) {
        if (more > 0) {
            out.println("<tr class=\"more\"><td colspan=\"" + (ids.size() + 1) + "\">and " + more + " more "
                    + esc(more == 1 ? what.replaceFirst("facts", "fact") : what) + " (listed under the table)</td></tr>");
        }
    }

    /** Citations that open on the sentence each source states it with, in its context when the text is known. */
    private static final class Evidences {
        private final List<String> ids;
        private final Function<String, Optional<String>> articleText;
        private final Function<String, Optional<ArticleLink>> articles;

        Evidences(List<String> ids, Function<String, Optional<String>> articleText,
                  Function<String, Optional<ArticleLink>> articles) {
            this.ids = ids;
            this.articleText = articleText;
            this.articles = articles;
        }

        String of(List<Evidence> evidence) {
            StringBuilder html = new StringBuilder();
            evidence.stream().sorted(java.util.Comparator.comparingInt(e -> ids.indexOf(e.article())))
                    .forEach(e -> html.append(open("[" + (ids.indexOf(e.article()) + 1) + "]", e)));
            return html.toString();
        }

        String open(String label, Evidence e) {
            String context = "<mark>" + esc(e.text()) + "</mark>";
            Optional<String> text = e.inTitle() ? Optional.empty() : articleText.apply(e.article())
                    .filter(t -> e.end() <= t.length() && t.substring(e.start(), e.end()).equals(e.text()));
            if (text.isPresent()) {
                String t = text.get();
                int from = Math.max(0, e.start() - CONTEXT);
                int to = Math.min(t.length(), e.end() + CONTEXT);
                context = (from > 0 ? "…" : "") + esc(t.substring(from, e.start())) + context
                        + esc(t.substring(e.end(), to)) + (to < t.length() ? "…" : "");
            }
            String named = articles.apply(e.article()).map(l -> "<a href=\"" + esc(l.page()) + "\">"
                    + esc(e.article()) + "</a>").orElse(esc(e.article()));
            return "<details class=\"cite\"><summary>" + label + "</summary><blockquote>[" + (ids.indexOf(e.article())
                    + 1) + "] " + named + (e.inTitle() ? " (title)" : ", characters " + e.start() + "-"
                    + e.end()) + ":<br>" + context + "</blockquote></details>";
        }
    }

    private static final int CONTEXT = 240;

    /**
     * The timeline as a table that reflows on a phone: a row per dated event, its dot on a track from the first date
     * to the last (linear; an SVG a row), its date, its sentence with citations that open each stating source's
     * sentence, as elsewhere, and the sources that only give the same date.
     */
    private static void timeline(List<StoryBrief.Event> events, List<String> ids, Evidences cite, PrintStream out) {
        List<double[]> days = new ArrayList<>();
        for (StoryBrief.Event e : events) {
            days.add(new double[] {start(e.date()).map(d -> (double) d.toEpochDay()).orElse(Double.NaN)});
        }
        double min = days.stream().mapToDouble(d -> d[0]).filter(d -> !Double.isNaN(d)).min().orElse(0);
        double max = days.stream().mapToDouble(d -> d[0]).filter(d -> !Double.isNaN(d)).max().orElse(1);
        out.println("<table class=\"timeline\"><thead><tr><th>" + (max > min ? esc(LocalDate.ofEpochDay((long) min)
                + " to " + LocalDate.ofEpochDay((long) max)) : "") + "</th><th>date</th><th>event</th></tr></thead>"
                + "<tbody>");
        for (int i = 0; i < events.size(); i++) {
            StoryBrief.Event e = events.get(i);
            double day = days.get(i)[0];
            double x = Double.isNaN(day) || max == min ? 6 : 6 + 148 * (day - min) / (max - min);
            out.printf(Locale.ROOT, "<tr><td><svg class=\"timeline\" aria-hidden=\"true\" width=\"160\" "
                    + "height=\"14\" viewBox=\"0 0 160 14\" xmlns=\"http://www.w3.org/2000/svg\"><line x1=\"6\" "
                    + "y1=\"7\" x2=\"154\" y2=\"7\" stroke=\"#ccc\"/><circle cx=\"%.1f\" cy=\"7\" r=\"5\" "
                    + "fill=\"#2c6fbb\"/></svg></td>", x);
            List<Evidence> stated = e.evidence().stream().filter(v -> e.statedBy().contains(v.article())).toList();
            out.println("<td><time>" + esc(e.date()) + "</time></td><td>" + esc(e.event()) + " " + cite.of(stated)
                    + (e.alsoDated().isEmpty() ? "" : " <span class=\"also\">(the same date also in "
                    + esc(citeText(ids, e.alsoDated())) + ")</span>") + "</td></tr>");
        }
        out.println("</tbody></table>");
    }

    /** The first day a TIMEX3 value covers, when it names one. */
    static Optional<LocalDate> start(String value) {
        try {
            String v = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
            if (v.matches("\\d{4}-\\d\\d-\\d\\d.*")) {
                return Optional.of(LocalDate.parse(v.substring(0, 10)));
            }
            if (v.matches("\\d{4}-W\\d\\d")) {
                return Optional.of(LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6)))
                        .with(java.time.DayOfWeek.MONDAY));
            }
            if (v.matches("\\d{4}-\\d\\d")) {
                return Optional.of(LocalDate.parse(v + "-01"));
            }
            if (v.matches("\\d{4}")) {
                return Optional.of(LocalDate.of(Integer.parseInt(v), 1, 1));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** " (sources differ: 30 cm [1]; 40 cm [2])" after a sentence that gives one side of a conflict of figures. */
    private static String disputed(List<StoryBrief.Conflict> conflicts, List<String> ids) {
        String note = BriefMarkdown.disputed(conflicts, sources -> citeText(ids, sources));
        return note.isEmpty() ? "" : " <span class=\"disputed\">" + esc(note.strip()) + "</span>";
    }

    private static String cite(List<String> ids, List<String> sources) {
        return "<sup>" + esc(citeText(ids, sources)) + "</sup>";
    }

    private static String citeText(List<String> ids, List<String> sources) {
        StringBuilder cite = new StringBuilder();
        sources.stream().map(s -> ids.indexOf(s) + 1).sorted().forEach(n -> cite.append('[').append(n).append(']'));
        return cite.toString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Text as HTML, every markup character escaped. */
    public static String esc(String text) {
        return Entities.escape(text).replace("\"", "&quot;").replace("'", "&#39;");
    }
}
