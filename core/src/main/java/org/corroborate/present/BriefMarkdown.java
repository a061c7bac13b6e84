package org.corroborate.present;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.corroborate.brief.StoryBrief;
import org.corroborate.json.JsonSupport;

/**
 * Briefs as Markdown that reads well in a terminal: short sections, sources as [1], [2] with a legend per story,
 * single-source facts marked "only in".
 */
public final class BriefMarkdown {
    private BriefMarkdown() {
    }

    public static void write(List<StoryBrief> stories, PrintStream out) {
        for (StoryBrief story : stories) {
            List<String> ids = story.articles().stream().map(StoryBrief.Article::id).toList();
            out.println("# " + story.headline());
            out.println();
            out.println("## Summary");
            for (StoryBrief.Sentence s : story.summary()) {
                out.println(s.text() + " " + cite(ids, s.sources()));
            }
            out.println();
            out.println("## Facts");
            for (StoryBrief.Fact f : story.facts()) {
                if (f.corroborated()) {
                    out.println("- " + f.text() + " " + cite(ids, f.sources()));
                }
            }
            // single-source facts under the first article that reports them (its copies are cited with it)
            List<StoryBrief.Fact> single = story.facts().stream().filter(f -> !f.corroborated()).toList();
            for (StoryBrief.Article article : story.articles()) {
                List<StoryBrief.Fact> only = single.stream()
                        .filter(f -> f.sources().stream().map(ids::indexOf).min(Integer::compare).orElse(-1)
                                == ids.indexOf(article.id())).toList();
                if (!only.isEmpty()) {
                    out.println();
                    out.println("Only in " + article.source() + " " + cite(ids, List.of(article.id())) + ":");
                    only.forEach(f -> out.println("- " + f.text() + (f.sources().size() > 1
                            ? " " + cite(ids, f.sources()) : "")));
                }
            }
            if (!story.quotes().isEmpty()) {
                out.println();
                out.println("## Quotes");
                for (StoryBrief.Quote q : story.quotes()) {
                    out.println("- " + q.speaker().orElse("(speaker not given)") + ": “" + q.text() + "” "
                            + cite(ids, q.sources()));
                }
            }
            if (!story.figures().isEmpty()) {
                out.println();
                out.println("## Figures");
                for (StoryBrief.Figure f : story.figures()) {
                    out.println("- " + JsonSupport.readable(f.value()) + " " + f.unit() + f.counts().map(c -> " (" + c + ")")
                            .orElse("") + " " + cite(ids, f.sources()));
                }
            }
            for (StoryBrief.Conflict c : story.conflicts()) {
                out.println();
                out.println("Sources differ on " + c.about() + ":");
                for (StoryBrief.Conflict.Value v : c.values()) {
                    out.println("- " + JsonSupport.readable(v.value()) + " " + v.unit() + ": " + v.basis() + " "
                            + cite(ids, v.sources()));
                }
            }
            if (!story.timeline().isEmpty()) {
                out.println();
                out.println("## Timeline");
                for (StoryBrief.Event e : story.timeline()) {
                    out.println("- " + e.date() + ": " + e.event() + " " + cite(ids, e.sources()));
                }
            }
            if (!story.entities().isEmpty()) {
                out.println();
                out.println("## People, organisations, places");
                for (StoryBrief.Entity e : story.entities()) {
                    out.println("- " + e.name() + " (" + e.type().toLowerCase(Locale.ROOT) + ")"
                            + (e.aliases().isEmpty() ? "" : ", also " + String.join(", ", e.aliases())) + " "
                            + cite(ids, e.sources()));
                }
            }
            out.println();
            out.println("## Sources");
            for (int i = 0; i < story.articles().size(); i++) {
                StoryBrief.Article a = story.articles().get(i);
                out.println("[" + (i + 1) + "] " + a.source() + a.title().map(t -> ": " + t).orElse("")
                        + a.published().map(p -> ", " + p).orElse("") + " (" + a.id() + ")"
                        + a.duplicateOf().map(d -> ", a copy of " + d).orElse(""));
            }
            out.println();
        }
        out.flush();
    }

    /** Citations as [1][2]; past eight sources, the first six and how many more (JSON lists them all). */
    static String cite(List<String> ids, List<String> sources) {
        List<Integer> numbers = new ArrayList<>();
        for (String source : sources) {
            numbers.add(ids.indexOf(source) + 1);
        }
        List<String> shown = numbers.stream().sorted().map(n -> "[" + n + "]").collect(Collectors.toList());
        if (shown.size() > 8) {
            return String.join("", shown.subList(0, 6)) + " and " + (shown.size() - 6) + " more";
        }
        return String.join("", shown);
    }

}
