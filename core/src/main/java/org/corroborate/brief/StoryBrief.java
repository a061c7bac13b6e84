package org.corroborate.brief;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cross-checked account of a story: every statement with the ids of the articles that report it.
 * Near-duplicates of one report count once when deciding what is corroborated.
 *
 * @param relatedStories the ids of other stories of the same topic (another event of one kind, a follow-up weeks
 *     later), biggest first; empty where stories are not grouped into topics
 */
public record StoryBrief(String id, String headline, List<Article> articles, List<Sentence> summary,
                         List<Fact> facts, List<Quote> quotes, List<Figure> figures, List<Conflict> conflicts,
                         List<Event> timeline, List<Entity> entities, List<String> relatedStories) {
    /** A brief of a story not grouped with others. */
    public StoryBrief(String id, String headline, List<Article> articles, List<Sentence> summary, List<Fact> facts,
                      List<Quote> quotes, List<Figure> figures, List<Conflict> conflicts, List<Event> timeline,
                      List<Entity> entities) {
        this(id, headline, articles, summary, facts, quotes, figures, conflicts, timeline, entities, List.of());
    }

    public StoryBrief {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headline, "headline");
        relatedStories = List.copyOf(relatedStories);
        articles = List.copyOf(articles);
        summary = List.copyOf(summary);
        facts = List.copyOf(facts);
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
        conflicts = List.copyOf(conflicts);
        timeline = List.copyOf(timeline);
        entities = List.copyOf(entities);
    }

    /** The same brief, with the other stories of its topic. */
    public StoryBrief withRelatedStories(List<String> ids) {
        return new StoryBrief(id, headline, articles, summary, facts, quotes, figures, conflicts, timeline, entities,
                ids);
    }

    /** An article of the story. */
    public record Article(String id, String source, Optional<String> title, Optional<String> published,
                          Optional<String> duplicateOf) {
    }

    /** A summary sentence, every article that states what it says, and the sentence of each that states it. */
    public record Sentence(String text, List<String> sources, List<Evidence> evidence) {
        public Sentence {
            sources = List.copyOf(sources);
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * The conflicts of figures that a sentence shown as {@code text} gives one side of: a summary or a fact that
     * says "40 centimetres" must not read as settled when another source says 30. Only the evidence that is the
     * shown sentence counts (the other sources' sentences that state it may hold figures it does not give).
     */
    public List<Conflict> conflictsIn(String text, List<Evidence> evidence) {
        String shown = BriefBuilder.normalize(text);
        List<Evidence> own = evidence.stream().filter(e -> BriefBuilder.normalize(e.text()).equals(shown)).toList();
        return conflicts().stream().filter(c -> c.values().stream().flatMap(v -> v.evidence().stream())
                .anyMatch(v -> own.stream().anyMatch(e -> e.article().equals(v.article())
                        && e.inTitle() == v.inTitle() && e.start() < v.end() && v.start() < e.end()))).toList();
    }

    /**
     * A statement, the articles that state it (with the sentence of each as evidence) and the articles that only
     * report something related; corroborated when two or more independent sources state it.
     *
     * @param independent how many independent reports state it (an original and its copies count once)
     */
    public record Fact(String text, List<String> sources, boolean corroborated, int independent,
                       List<Evidence> evidence, List<String> related) {
        public Fact {
            sources = List.copyOf(sources);
            evidence = List.copyOf(evidence);
            related = List.copyOf(related);
        }
    }

    /** A quote merged across sources, with the sentence of each source that carries it. */
    public record Quote(Optional<String> speaker, String text, List<String> sources, List<Evidence> evidence) {
        public Quote {
            sources = List.copyOf(sources);
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * A figure merged across sources, with what it counts and the sentence of each source that gives it.
     *
     * @param qualifier the words every source puts before it ("more than", "nearly", "up to"), if all use the same
     */
    public record Figure(double value, String unit, Optional<String> qualifier, Optional<String> counts,
                         List<String> sources, List<Evidence> evidence) {
        public Figure {
            sources = List.copyOf(sources);
            evidence = List.copyOf(evidence);
        }

        public Figure(double value, String unit, Optional<String> counts, List<String> sources,
                      List<Evidence> evidence) {
            this(value, unit, Optional.empty(), counts, sources, evidence);
        }
    }

    /** Different values reported for what looks like the same measure, each with its basis and sources. */
    public record Conflict(String about, List<Value> values) {
        public Conflict {
            values = List.copyOf(values);
        }

        /** One of the values. */
        public record Value(double value, String unit, Optional<String> qualifier, String basis,
                            List<String> sources, List<Evidence> evidence) {
            public Value {
                sources = List.copyOf(sources);
                evidence = List.copyOf(evidence);
            }

            public Value(double value, String unit, String basis, List<String> sources, List<Evidence> evidence) {
                this(value, unit, Optional.empty(), basis, sources, evidence);
            }
        }
    }

    /**
     * A dated event, with the sentence of each source that gives the date. {@code date} is a TIMEX3 value;
     * {@code event} is the sentence most sources give for it; {@code statedBy} are the sources whose text states
     * that sentence (a copy or the same words), the only ones a reader may cite for it; the other {@code sources}
     * give the same date in sentences of their own (in {@code evidence}), which may say something else.
     */
    public record Event(String date, String event, List<String> statedBy, List<String> sources,
                        List<Evidence> evidence) {
        public Event {
            statedBy = List.copyOf(statedBy);
            sources = List.copyOf(sources);
            evidence = List.copyOf(evidence);
        }

        /** The sources that give the date in another sentence. */
        public List<String> alsoDated() {
            return sources.stream().filter(s -> !statedBy.contains(s)).toList();
        }
    }

    /** A person, organisation or place, with the names it goes by. */
    public record Entity(String name, String type, List<String> aliases, List<String> sources) {
        public Entity {
            aliases = List.copyOf(aliases);
            sources = List.copyOf(sources);
        }
    }
}
