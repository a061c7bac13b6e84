package org.corroborate.present;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.brief.Evidence;
import org.corroborate.brief.StoryBrief;
import org.corroborate.json.JsonSupport;

/**
 * Briefs as Markdown that reads well in a terminal: short sections, sources as [1], [2] with a legend per story,
 * corroborated facts first, then per outlet the single-source facts that matter most ("only in"), each list capped
 * with "and N more" (the JSON keeps all). A copy of a report is cited with its original: "[1] with its copy [3]".
 * With evidence on, every citation is followed by the sentence of each source that states it.
 */
public final class BriefMarkdown {
    /**
     * What to print.
     *
     * @param evidence print, under each statement, the sentence of each cited source with its offsets
     * @param corroboratedFacts the most corroborated facts listed before "and N more"
     * @param singleSourceFacts the most single-source facts listed per outlet before "and N more"
     */
    public record Options(boolean evidence, int corroboratedFacts, int singleSourceFacts) {
        public static final Options DEFAULTS = new Options(false, 15, 5);

        public Options withEvidence(boolean on) {
            return new Options(on, corroboratedFacts, singleSourceFacts);
        }
    }

    private BriefMarkdown() {
    }

    public static void write(List<StoryBrief> stories, PrintStream out) {
        write(stories, out, Options.DEFAULTS);
    }

    public static void write(List<StoryBrief> stories, PrintStream out, Options options) {
        java.util.Map<String, String> headlines = new java.util.HashMap<>();
        stories.forEach(s -> headlines.put(s.id(), s.headline()));
        for (StoryBrief story : stories) {
            Citations cite = new Citations(story);
            out.println("# " + md(story.headline()));
            out.println();
            if (!story.relatedStories().isEmpty()) {
                // other stories of the topic: another event of one kind, or a follow-up
                out.println("Related stories: " + story.relatedStories().stream()
                        .map(id -> "story " + md(id) + " (" + md(headlines.getOrDefault(id, "?")) + ")")
                        .collect(java.util.stream.Collectors.joining("; ")));
                out.println();
            }
            out.println("## Summary");
            for (StoryBrief.Sentence s : story.summary()) {
                out.println(md(s.text()) + " " + cite.of(s.sources()) + disputed(story.conflictsIn(s.text(), s.evidence()), cite::of));
                evidence(out, options, cite, s.evidence(), List.of());
            }
            out.println();
            out.println("## Facts");
            List<StoryBrief.Fact> corroborated = story.facts().stream().filter(StoryBrief.Fact::corroborated).toList();
            if (corroborated.isEmpty()) {
                out.println("No fact is stated by two independent sources.");
            }
            for (StoryBrief.Fact f : corroborated.subList(0, Math.min(corroborated.size(),
                    options.corroboratedFacts()))) {
                out.println("- " + md(f.text()) + " " + cite.of(f.sources()) + disputed(story.conflictsIn(f.text(), f.evidence()), cite::of));
                evidence(out, options, cite, f.evidence(), f.related());
            }
            more(out, corroborated.size() - options.corroboratedFacts(), "corroborated facts");
            // single-source facts under the report that states them (its copies are cited with it)
            List<StoryBrief.Fact> single = story.facts().stream().filter(f -> !f.corroborated()).toList();
            for (StoryBrief.Article article : story.articles()) {
                // under the original, with its copies cited; a fact only a copy states (it changed a figure)
                // under the copy itself, never under an outlet that does not state it
                List<StoryBrief.Fact> only = single.stream().filter(f -> home(cite, f).equals(article.id()))
                        .toList();
                if (!only.isEmpty()) {
                    out.println();
                    out.println("Only in " + md(article.source()) + " " + cite.of(List.of(article.id())) + ":");
                    for (StoryBrief.Fact f : only.subList(0, Math.min(only.size(), options.singleSourceFacts()))) {
                        out.println("- " + md(f.text()) + (f.sources().size() > 1 ? " " + cite.of(f.sources()) : "")
                                + disputed(story.conflictsIn(f.text(), f.evidence()), cite::of));
                        evidence(out, options, cite, f.evidence(), f.related());
                    }
                    more(out, only.size() - options.singleSourceFacts(), "facts only in " + md(article.source()));
                }
            }
            if (!story.quotes().isEmpty()) {
                out.println();
                out.println("## Quotes");
                for (StoryBrief.Quote q : story.quotes()) {
                    out.println("- " + q.speaker().map(BriefMarkdown::md).orElse("(speaker not given)") + ": “" + md(q.text()) + "” "
                            + cite.of(q.sources()));
                    evidence(out, options, cite, q.evidence(), List.of());
                }
            }
            if (!story.figures().isEmpty()) {
                out.println();
                out.println("## Figures");
                for (StoryBrief.Figure f : story.figures()) {
                    out.println("- " + amount(f.qualifier(), f.value(), f.unit()) + f.counts().filter(c -> !c.equals(f.unit()))
                            .map(c -> " (" + md(c) + ")")
                            .orElse("") + " " + cite.of(f.sources()));
                    evidence(out, options, cite, f.evidence(), List.of());
                }
            }
            for (StoryBrief.Conflict c : story.conflicts()) {
                out.println();
                out.println("Sources differ on " + md(c.about()) + ":");
                for (StoryBrief.Conflict.Value v : c.values()) {
                    out.println("- " + amount(v.qualifier(), v.value(), v.unit()) + md(basis(v)) + " "
                            + cite.of(v.sources()));
                    evidence(out, options, cite, v.evidence(), List.of());
                }
            }
            if (!story.timeline().isEmpty()) {
                out.println();
                out.println("## Timeline");
                for (StoryBrief.Event e : story.timeline()) {
                    // the sentence is cited to the sources that state it; others only give its date
                    List<String> also = e.alsoDated();
                    out.println("- " + e.date() + ": " + md(e.event()) + " " + cite.of(e.statedBy())
                            + (also.isEmpty() ? "" : " (the same date also in " + cite.of(also) + ")"));
                }
            }
            if (!story.entities().isEmpty()) {
                out.println();
                out.println("## People, organisations, places");
                for (StoryBrief.Entity e : story.entities()) {
                    out.println("- " + md(e.name()) + " (" + e.type().toLowerCase(Locale.ROOT) + ")"
                            + (e.aliases().isEmpty() ? "" : ", also " + md(String.join(", ", e.aliases()))) + " "
                            + cite.of(e.sources()));
                }
            }
            out.println();
            out.println("## Sources");
            for (int i = 0; i < story.articles().size(); i++) {
                StoryBrief.Article a = story.articles().get(i);
                out.println("[" + (i + 1) + "] " + md(a.source()) + a.title().map(t -> ": " + md(t)).orElse("")
                        + a.published().map(p -> ", " + md(p)).orElse("") + " (" + md(a.id()) + ")"
                        + a.duplicateOf().map(d -> ", a copy of " + md(d)).orElse(""));
            }
            out.println();
        }
        out.flush();
    }

    private static void more(PrintStream out, int more, String what) {
        if (more > 0) {
            out.println("- and " + more + " more " + (more == 1 ? what.replaceFirst("facts", "fact") : what)
                    + " (all in --format json)");
        }
    }

    /** The report a single-source fact is listed under: the original it and its copies share, if it states it. */
    private static String home(Citations cite, StoryBrief.Fact f) {
        String root = cite.root(f.sources().get(0));
        return f.sources().contains(root) ? root : f.sources().get(0);
    }

    /** ": the basis" of a value in a conflict, unless it only repeats the unit ("60 firefighters: firefighters"). */
    static String basis(StoryBrief.Conflict.Value v) {
        return v.basis().equals(v.unit()) ? "" : ": " + v.basis();
    }

    /**
     * Article text as Markdown that shows it and runs nothing: "\\" first, then "<" and ">", so no HTML of an
     * article reaches a viewer that renders Markdown, and "[" and "]", so that no link or image of one is made.
     */
    static String md(String text) {
        return text.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>").replace("[", "\\[")
                .replace("]", "\\]");
    }

    /** A figure as its sources word it: "30 cm", "more than 60 people". The HTML report says the same. */
    static String amount(java.util.Optional<String> qualifier, double value, String unit) {
        return qualifier.map(q -> q + " ").orElse("") + JsonSupport.readable(value) + " " + unit;
    }

    /**
     * " (sources differ: 30 cm [1]; 40 cm [2])" after a sentence that gives one side of a conflict of figures, each
     * value cited by {@code cite}; empty when it gives none. The HTML report says the same, escaped.
     */
    static String disputed(List<StoryBrief.Conflict> conflicts, java.util.function.Function<List<String>, String> cite) {
        if (conflicts.isEmpty()) {
            return "";
        }
        return " (sources differ: " + conflicts.stream().flatMap(c -> c.values().stream())
                .map(v -> amount(v.qualifier(), v.value(), v.unit()) + " " + cite.apply(v.sources()))
                .collect(java.util.stream.Collectors.joining("; ")) + ")";
    }

    private static void evidence(PrintStream out, Options options, Citations cite, List<Evidence> evidence,
                                 List<String> related) {
        if (!options.evidence()) {
            return;
        }
        for (Evidence e : evidence) {
            out.println("    > " + cite.number(e.article()) + (e.inTitle() ? " title" : " " + e.start() + "-"
                    + e.end()) + ": " + md(e.text().replace('\n', ' ')));
        }
        if (!related.isEmpty()) {
            out.println("    > related, not stating it: " + cite.of(related));
        }
    }

    /** Citation numbers of one story: [n] per article, copies cited with their original. */
    static final class Citations {
        private final List<String> ids;
        private final Map<String, String> roots = new HashMap<>();

        Citations(StoryBrief story) {
            ids = story.articles().stream().map(StoryBrief.Article::id).toList();
            story.articles().forEach(a -> roots.put(a.id(), a.duplicateOf().filter(ids::contains).orElse(a.id())));
        }

        String root(String id) {
            return roots.getOrDefault(id, id);
        }

        String number(String id) {
            return "[" + (ids.indexOf(id) + 1) + "]";
        }

        /**
         * Citations as [1][2]; with copies "[1] with its copy [3]; [2]"; past eight reports, the first six and how
         * many more (JSON lists them all).
         */
        String of(List<String> sources) {
            Map<String, List<String>> byRoot = new LinkedHashMap<>();
            sources.stream().sorted(Comparator.comparingInt(ids::indexOf))
                    .forEach(s -> byRoot.computeIfAbsent(root(s), k -> new ArrayList<>()).add(s));
            List<String> shown = new ArrayList<>();
            boolean copies = false;
            for (Map.Entry<String, List<String>> e : byRoot.entrySet()) {
                List<String> members = e.getValue();
                if (members.size() == 1) {
                    shown.add(number(members.get(0)));
                    continue;
                }
                copies = true;
                String original = members.contains(e.getKey()) ? e.getKey() : members.get(0);
                List<String> others = members.stream().filter(m -> !m.equals(original)).map(this::number).toList();
                shown.add(number(original) + " with its cop" + (others.size() == 1 ? "y " : "ies ")
                        + String.join("", others));
            }
            String separator = copies ? "; " : "";
            if (shown.size() > 8) {
                return String.join(separator, shown.subList(0, 6)) + " and " + (shown.size() - 6) + " more";
            }
            return String.join(separator, shown);
        }
    }
}
