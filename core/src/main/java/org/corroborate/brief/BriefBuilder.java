package org.corroborate.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.embed.Embedder;
import org.corroborate.extract.entity.EntityMention;
import org.corroborate.extract.quote.Quote;
import org.corroborate.extract.time.TimeExpression;
import org.corroborate.extract.time.TimexType;
import org.corroborate.ingest.Published;
import org.corroborate.text.Sentence;

/**
 * Builds the brief of one story from its analysed articles, as a chain of small stages: statements (whole
 * sentences with what they claim) -> embeddings (one batch) -> alignment into facts, each cited only to the sources
 * that state it ({@link FactAligner}, {@link ClaimCheck}) -> ranking and summary ({@link Summarizer}); quotes,
 * figures, conflicts, timeline and entities merged across sources. Every citation carries the sentence that backs
 * it. Thread-safe if the embedder is.
 */
public final class BriefBuilder {
    /**
     * Settings.
     *
     * @param relatedSimilarity the least mean cosine for statements to be grouped as being about the same thing
     * @param statesSimilarity the least cosine for a source sentence to state a statement (with the claim checks)
     * @param minimumCoverage the least share of a statement's content words a source sentence must share to state it
     * @param conflictSimilarity the least cosine of two "counts" phrases for their values to conflict
     * @param summaryWords the summary's word budget, filled with whole sentences
     */
    public record Config(double relatedSimilarity, double statesSimilarity, double minimumCoverage,
                         double conflictSimilarity, int summaryWords) {
        public static final Config DEFAULTS = new Config(0.72, 0.80, 0.25, 0.80, 120);

        public Config withSummaryWords(int words) {
            return new Config(relatedSimilarity, statesSimilarity, minimumCoverage, conflictSimilarity, words);
        }

        ClaimCheck.Config claims() {
            return new ClaimCheck.Config(relatedSimilarity, statesSimilarity, minimumCoverage);
        }
    }

    private final Embedder embedder;
    private final Config config;
    private final StatementExtractor statements = new StatementExtractor();
    private final FactAligner aligner;
    private final Summarizer summarizer = new Summarizer(Summarizer.Config.DEFAULTS);

    public BriefBuilder(Embedder embedder, Config config) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.config = Objects.requireNonNull(config, "config");
        this.aligner = new FactAligner(new ClaimCheck(config.claims()), config.relatedSimilarity());
    }

    public StoryBrief build(String id, List<AnalyzedArticle> story) {
        List<Statement> all = new ArrayList<>();
        for (AnalyzedArticle article : story) {
            all.addAll(statements.statements(article));
        }
        List<float[]> vectors = new ArrayList<>();
        List<float[]> cores = new ArrayList<>();
        embed(all, vectors, cores);
        List<FactAligner.Aligned> aligned = new ArrayList<>(aligner.align(all, vectors, cores));
        aligned.sort(Comparator.comparingInt((FactAligner.Aligned f) -> -f.independent())
                .thenComparingDouble(f -> -(f.centrality() + 0.1 * Summarizer.lead(f))));
        List<StoryBrief.Fact> facts = new ArrayList<>();
        for (FactAligner.Aligned f : aligned) {
            facts.add(new StoryBrief.Fact(f.text(), sources(f), f.independent() >= 2, f.independent(),
                    f.stating().stream().map(Statement::evidence).toList(), f.related()));
        }
        List<StoryBrief.Sentence> summary = new ArrayList<>();
        // a headline-only feed item states its headline: a fact, but in a summary only when nothing else is known
        List<FactAligner.Aligned> sentences = aligned.stream().filter(f -> !f.statement().inTitle()
                && f.vector() != null).toList();
        for (FactAligner.Aligned f : summarizer.summary(sentences.isEmpty() ? aligned : sentences,
                config.summaryWords())) {
            summary.add(new StoryBrief.Sentence(f.text(), sources(f),
                    f.stating().stream().map(Statement::evidence).toList()));
        }
        List<StoryBrief.Article> articles = new ArrayList<>();
        for (AnalyzedArticle a : story) {
            articles.add(new StoryBrief.Article(a.id(), a.cleaned().source().name(), a.cleaned().title(),
                    a.cleaned().article().published().map(Published::iso), a.duplicateOf()));
        }
        List<Figures.Merged> figures = Figures.merge(story);
        return new StoryBrief(id, headline(story, facts), articles, summary, facts, quotes(story),
                figures.stream().map(Figures.Merged::figure).toList(), Figures.conflicts(figures, embedder,
                config.conflictSimilarity()), timeline(story), entities(story));
    }

    /**
     * Embeddings of the statements another article could state, and of the first {@value #SUMMARY_LEAD} of each
     * article (summary candidates); null for the others, which can only be facts of their own article. Embedding is
     * most of a brief's time, so this is where "only compare what can align" pays.
     */
    private void embed(List<Statement> statements, List<float[]> vectors, List<float[]> cores) {
        boolean[] alignable = FactAligner.alignable(statements, config.minimumCoverage());
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (alignable[i] || s.position() < SUMMARY_LEAD) {
                texts.add(s.text());
            }
            if (alignable[i] && s.core().isPresent()) {
                texts.add(s.core().get().text()); // what sources may state without the sentence's closing phrase
            }
        }
        List<float[]> embedded = texts.isEmpty() ? List.of() : embedder.embed(texts);
        int next = 0;
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            vectors.add(alignable[i] || s.position() < SUMMARY_LEAD ? embedded.get(next++) : null);
            cores.add(alignable[i] && s.core().isPresent() ? embedded.get(next++) : null);
        }
    }

    /** Statements this early in their article are summary candidates even when no other article states them. */
    private static final int SUMMARY_LEAD = 5;

    /** The cited articles, in story order. */
    private static List<String> sources(FactAligner.Aligned fact) {
        return fact.stating().stream().map(Statement::article).distinct().toList();
    }

    /**
     * The story's title: the article title that shares the most words with the other titles and the leading facts,
     * or, with no titles, the best-backed fact (a whole sentence).
     */
    static String headline(List<AnalyzedArticle> story, List<StoryBrief.Fact> facts) {
        // a title of fewer than two content words ("T", "Update") says nothing of the story
        List<String> titles = story.stream().map(a -> a.cleaned().title()).flatMap(Optional::stream)
                .filter(t -> !t.isBlank() && StatementExtractor.stems(t).size() >= 2).distinct().toList();
        if (titles.isEmpty()) {
            return facts.isEmpty() ? "Untitled story" : facts.get(0).text();
        }
        List<Set<String>> reference = new ArrayList<>();
        titles.forEach(t -> reference.add(StatementExtractor.stems(t)));
        facts.stream().limit(3).forEach(f -> reference.add(StatementExtractor.stems(f.text())));
        String best = titles.get(0);
        double bestScore = -1;
        for (String title : titles) {
            Set<String> words = StatementExtractor.stems(title);
            double score = 0;
            for (Set<String> other : reference) {
                score += ClaimCheck.coverage(other, words) + ClaimCheck.coverage(words, other);
            }
            score -= ClaimCheck.coverage(words, words) * 2; // its own entry
            if (score > bestScore) {
                best = title;
                bestScore = score;
            }
        }
        return best;
    }

    /** The sentences of an article that hold a span, as evidence. */
    static Evidence evidence(AnalyzedArticle article, int start, int end) {
        int from = start;
        int to = end;
        for (Sentence sentence : article.sentences()) {
            if (sentence.start() <= start && start < sentence.end()) {
                from = sentence.start();
            }
            if (sentence.start() < end && end <= sentence.end()) {
                to = sentence.end();
            }
        }
        return new Evidence(article.id(), from, to, article.text().substring(from, to), false);
    }

    /**
     * Quotes merged across sources: the same words whatever the marks, or one quote cut short of the other (the
     * shorter at least half the longer: a few words quoted out of a long statement stay a quote of their own).
     * The text shown is the form most sources use. Sources that give the words to different speakers (by full
     * name; "Olsen" is "Sara Olsen" when no other Olsen speaks) keep their own attribution, one quote per speaker,
     * and when there are two, those that name no speaker are given neither: who said it is what a reader checks.
     */
    private static List<StoryBrief.Quote> quotes(List<AnalyzedArticle> story) {
        List<String> keys = new ArrayList<>();
        List<Map<String, Integer>> forms = new ArrayList<>();
        List<Map<String, Evidence>> sources = new ArrayList<>();
        List<Map<String, Optional<String>>> saidBy = new ArrayList<>();
        for (AnalyzedArticle article : story) {
            for (Quote quote : article.extraction().quotes()) {
                String key = normalize(quote.text());
                if (key.isEmpty()) {
                    continue;
                }
                int index = -1;
                for (int i = 0; i < keys.size() && index < 0; i++) {
                    String other = keys.get(i);
                    String shorter = other.length() <= key.length() ? other : key;
                    String longer = shorter == other ? key : other;
                    if (longer.contains(shorter) && shorter.length() * 2 >= longer.length()) {
                        index = i;
                    }
                }
                if (index < 0) {
                    keys.add(key);
                    forms.add(new LinkedHashMap<>());
                    sources.add(new LinkedHashMap<>());
                    saidBy.add(new LinkedHashMap<>());
                    index = keys.size() - 1;
                }
                forms.get(index).merge(quote.text(), 1, Integer::sum);
                sources.get(index).putIfAbsent(article.id(), evidence(article, quote.start(), quote.end()));
                saidBy.get(index).merge(article.id(), quote.speaker(), (was, now) -> was.or(() -> now));
            }
        }
        // A quote's words inside a longer quote of another article are that article's too ("grave risk").
        for (AnalyzedArticle article : story) {
            for (Quote quote : article.extraction().quotes()) {
                String key = normalize(quote.text());
                for (int i = 0; i < keys.size(); i++) {
                    if (key.contains(keys.get(i))) {
                        sources.get(i).putIfAbsent(article.id(), evidence(article, quote.start(), quote.end()));
                        saidBy.get(i).merge(article.id(), quote.speaker(), (was, now) -> was.or(() -> now));
                    }
                }
            }
        }
        List<StoryBrief.Quote> result = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String text = forms.get(i).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            // the sources of each speaker, by full name, a bare surname folded into the one full name that ends
            // with it ("Olsen" is "Sara Olsen"; with "Tom Chen" and "Amy Chen", "Chen" is neither)
            Map<String, List<String>> bySpeaker = new LinkedHashMap<>();
            Map<String, Map<String, Integer>> names = new LinkedHashMap<>();
            List<String> unnamed = new ArrayList<>();
            java.util.Set<String> full = new java.util.LinkedHashSet<>();
            saidBy.get(i).values().forEach(v -> v.map(String::strip).filter(n -> n.contains(" ")).ifPresent(full::add));
            for (String id : sources.get(i).keySet()) {
                Optional<String> speaker = saidBy.get(i).getOrDefault(id, Optional.empty());
                if (speaker.isEmpty()) {
                    unnamed.add(id);
                    continue;
                }
                String name = speaker.get().strip();
                String lower = name.toLowerCase(Locale.ROOT);
                List<String> ending = name.contains(" ") ? List.of() : full.stream()
                        .filter(f -> f.toLowerCase(Locale.ROOT).endsWith(" " + lower)).toList();
                String key = ending.size() == 1 ? ending.get(0).toLowerCase(Locale.ROOT) : lower;
                bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
                names.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
            }
            if (bySpeaker.size() <= 1) {
                Optional<String> speaker = names.values().stream().findFirst().map(BriefBuilder::fullest);
                result.add(quote(speaker, text, List.copyOf(sources.get(i).keySet()), sources.get(i)));
                continue;
            }
            for (Map.Entry<String, List<String>> one : bySpeaker.entrySet()) {
                result.add(quote(Optional.of(fullest(names.get(one.getKey()))), text, one.getValue(), sources.get(i)));
            }
            if (!unnamed.isEmpty()) {
                result.add(quote(Optional.empty(), text, unnamed, sources.get(i)));
            }
        }
        return result;
    }

    private static StoryBrief.Quote quote(Optional<String> speaker, String text, List<String> ids,
                                          Map<String, Evidence> evidence) {
        return new StoryBrief.Quote(speaker, text, ids, ids.stream().map(evidence::get).toList());
    }

    /** The name most sources use, the longest of those ("Sara Olsen" over "Olsen" when as many). */
    private static String fullest(Map<String, Integer> names) {
        return names.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> e.getKey().length())).orElseThrow().getKey();
    }

    /** Lower case, quote marks folded, punctuation and "is"/"'s" contractions made alike. */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace("what's", "what is")
                .replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * One event per date that the articles state as a day, month or year: the sentence most of them give for it
     * (the shortest of those given equally often), cited only to the sources whose text states that sentence; the
     * other sources that give the date are listed apart, since their sentences may report something else that day.
     */
    private static List<StoryBrief.Event> timeline(List<AnalyzedArticle> story) {
        Map<String, Map<String, Evidence>> sources = new LinkedHashMap<>();
        for (AnalyzedArticle article : story) {
            for (TimeExpression time : article.extraction().times()) {
                if (time.type() != TimexType.DATE || time.value().contains("X") || time.value().endsWith("_REF")) {
                    continue;
                }
                Evidence stated = evidence(article, time.start(), time.end());
                if (isDateline(stated.text(), time.text())) {
                    continue; // "Friday, March 23, 2007" alone on its line: when it was written, no event
                }
                sources.computeIfAbsent(time.value(), k -> new LinkedHashMap<>())
                        .putIfAbsent(article.id(), stated);
            }
        }
        Map<String, Map<String, int[]>> sentences = new HashMap<>();
        Map<String, String> originals = new HashMap<>();
        Map<String, AnalyzedArticle> articles = new HashMap<>();
        for (AnalyzedArticle article : story) {
            articles.put(article.id(), article);
            sentences.put(article.id(), statedSpans(article));
            originals.put(article.id(), article.duplicateOf().orElse(article.id()));
        }
        List<StoryBrief.Event> timeline = new ArrayList<>();
        sources.forEach((date, byArticle) -> {
            String best = null;
            List<String> bestStating = List.of();
            for (Evidence candidate : byArticle.values()) {
                // whole sentences only: "140 people died" does not state "40 people died", nor "officials
                // denied that the mayor resigned" that "the mayor resigned"
                String key = normalize(candidate.text());
                List<String> stating = byArticle.keySet().stream().filter(id -> id.equals(candidate.article())
                        || sentences.getOrDefault(id, Map.of()).containsKey(key)).toList();
                // a copy and its original are one source
                long independent = stating.stream().map(originals::get).distinct().count();
                long bestIndependent = bestStating.stream().map(originals::get).distinct().count();
                if (best == null || independent > bestIndependent || independent == bestIndependent
                        && candidate.text().length() < best.length()) {
                    best = candidate.text();
                    bestStating = stating;
                }
            }
            // a source that states the event cites the sentence that states it, which need not be its first
            // sentence with the date ("Rescuers reached the ferry on Monday" before "The ferry caught fire on Monday")
            String key = normalize(best);
            List<Evidence> evidence = new ArrayList<>();
            for (Map.Entry<String, Evidence> e : byArticle.entrySet()) {
                int[] span = sentences.get(e.getKey()).get(key);
                evidence.add(bestStating.contains(e.getKey()) && span != null
                        && !normalize(e.getValue().text()).equals(key)
                        ? evidence(articles.get(e.getKey()), span[0], span[1]) : e.getValue());
            }
            timeline.add(new StoryBrief.Event(date, best, bestStating, List.copyOf(byArticle.keySet()),
                    List.copyOf(evidence)));
        });
        timeline.sort(Comparator.comparing(StoryBrief.Event::date));
        return timeline;
    }

    /** Whether a sentence says nothing but its date (and a weekday): a dateline, not an event. */
    static boolean isDateline(String sentence, String date) {
        String rest = sentence.replace(date, " ");
        return DATELINE_REST.matcher(rest).matches();
    }

    /**
     * What a dateline holds beside its date: a weekday, "updated", "posted", a clock time and its zone, a wire in
     * brackets, a place in capitals ("LONDON, March 9, 2026 (Reuters)", "Posted at 10:42, March 9, 2026").
     */
    private static final java.util.regex.Pattern DATELINE_REST = java.util.regex.Pattern.compile(
            "[\\s\\p{P}]*(?:(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last updated|updated"
            + "|published|posted|at|on|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|bst|[ecmp][sd]t)|\\d{1,2}[:.]\\d{2}"
            + "|\\([^()]{1,30}\\)|\\p{Lu}[\\p{Lu}'’-]+)(?![\\p{L}\\p{N}])[\\s\\p{P}]*)*");

    /**
     * The sentences of an article as a reader could quote them, {@link #normalize}d: each alone and each with the
     * next (a date's evidence runs over two sentences where its expression does).
     */
    static Set<String> statedSentences(AnalyzedArticle article) {
        return statedSpans(article).keySet();
    }

    /** {@link #statedSentences} with where each first stands in the article: {start, end}. */
    private static Map<String, int[]> statedSpans(AnalyzedArticle article) {
        Map<String, int[]> stated = new HashMap<>();
        List<Sentence> all = article.sentences();
        for (int i = 0; i < all.size(); i++) {
            int start = all.get(i).start();
            stated.putIfAbsent(normalize(article.text().substring(start, all.get(i).end())),
                    new int[] {start, all.get(i).end()});
            if (i + 1 < all.size()) {
                stated.putIfAbsent(normalize(article.text().substring(start, all.get(i + 1).end())),
                        new int[] {start, all.get(i + 1).end()});
            }
        }
        return stated;
    }

    private static List<StoryBrief.Entity> entities(List<AnalyzedArticle> story) {
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        Map<String, Set<String>> sources = new HashMap<>();
        for (AnalyzedArticle article : story) {
            for (EntityMention mention : article.extraction().entities()) {
                types.putIfAbsent(mention.canonical(), mention.type().name());
                Set<String> names = aliases.computeIfAbsent(mention.canonical(), k -> new LinkedHashSet<>());
                // a title written as one ("Mayor Ines Okafor") is a name the person goes by; a description in lower
                // case ("union secretary Amara Mensah") is not, and a name in capitals ("PORT ALDER") is the same name
                boolean titled = !mention.title().isEmpty() && Character.isUpperCase(mention.title().charAt(0));
                String surface = titled ? mention.title() + " " + mention.text() : mention.text();
                if (!surface.equalsIgnoreCase(mention.canonical())) {
                    names.add(surface);
                }
                if (!mention.text().equalsIgnoreCase(mention.canonical())) {
                    names.add(mention.text());
                }
                sources.computeIfAbsent(mention.canonical(), k -> new LinkedHashSet<>()).add(article.id());
            }
        }
        List<StoryBrief.Entity> entities = new ArrayList<>();
        types.forEach((name, type) -> entities.add(new StoryBrief.Entity(name, type, List.copyOf(aliases.get(name)),
                List.copyOf(sources.get(name)))));
        entities.sort(Comparator.comparing((StoryBrief.Entity e) -> -e.sources().size())
                .thenComparing(StoryBrief.Entity::name));
        return entities;
    }
}
