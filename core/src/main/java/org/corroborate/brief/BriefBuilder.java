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
import org.corroborate.extract.quantity.Quantity;
import org.corroborate.extract.quote.Quote;
import org.corroborate.extract.time.TimeExpression;
import org.corroborate.extract.time.TimexType;
import org.corroborate.ingest.Published;
import org.corroborate.text.Sentence;

/**
 * Builds the brief of one story from its analysed articles: sentences of all articles aligned into facts by
 * embedding similarity (with the figures and names they state as a check, so "18,000" never matches "725,000"),
 * each fact with all its sources; a summary of the facts most sources report, without repeats; quotes, figures,
 * figure conflicts, a timeline and entities merged across sources. Thread-safe if the embedder is.
 */
public final class BriefBuilder {
    /**
     * Settings.
     *
     * @param factSimilarity the least cosine for two sentences to state the same fact
     * @param conflictSimilarity the least cosine of two "counts" phrases for their values to conflict
     * @param summaryWords the summary's length limit in words
     */
    public record Config(double factSimilarity, double conflictSimilarity, int summaryWords) {
        public static final Config DEFAULTS = new Config(0.80, 0.80, 120);

        public Config withSummaryWords(int words) {
            return new Config(factSimilarity, conflictSimilarity, words);
        }
    }

    private final Embedder embedder;
    private final Config config;

    public BriefBuilder(Embedder embedder, Config config) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A sentence of one article, with what the checks need. */
    private record Unit(String article, String root, String text, float[] vector, Set<Long> numbers, int position,
                        Set<String> dates, Set<String> quotes, Set<String> entities) {
        Unit withVector(float[] embedding) {
            return new Unit(article, root, text, embedding, numbers, position, dates, quotes, entities);
        }
    }

    /** Sentences that state the same thing. */
    private static final class Group {
        final List<Unit> units = new ArrayList<>();
        final Set<String> articles = new LinkedHashSet<>();
        final Set<String> independent = new LinkedHashSet<>();
        float[] sum;

        void add(Unit unit) {
            units.add(unit);
            articles.add(unit.article());
            independent.add(unit.root());
            if (sum == null) {
                sum = unit.vector().clone();
            } else {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += unit.vector()[i];
                }
            }
        }
    }

    public StoryBrief build(String id, List<AnalyzedArticle> story) {
        List<Unit> units = units(story);
        List<Group> groups = align(units);
        List<StoryBrief.Fact> facts = new ArrayList<>();
        for (Group group : groups) {
            facts.add(new StoryBrief.Fact(representative(group).text(), List.copyOf(group.articles),
                    group.independent.size() >= 2));
        }
        facts.sort(Comparator.comparing((StoryBrief.Fact f) -> -independentCount(f, story))
                .thenComparing(StoryBrief.Fact::text));
        List<StoryBrief.Sentence> summary = summary(groups, units);
        List<StoryBrief.Article> articles = new ArrayList<>();
        for (AnalyzedArticle a : story) {
            articles.add(new StoryBrief.Article(a.id(), a.cleaned().source().name(), a.cleaned().title(),
                    a.cleaned().article().published().map(Published::iso), a.duplicateOf()));
        }
        String headline = story.stream().map(a -> a.cleaned().title()).flatMap(Optional::stream).findFirst()
                .orElseGet(() -> summary.isEmpty() ? "Untitled story" : shorten(summary.get(0).text(), 100));
        List<Figures.Merged> figures = Figures.merge(story);
        return new StoryBrief(id, headline, articles, summary, facts, quotes(story),
                figures.stream().map(Figures.Merged::figure).toList(), Figures.conflicts(figures, embedder,
                config.conflictSimilarity()), timeline(story), entities(story));
    }

    private static long independentCount(StoryBrief.Fact fact, List<AnalyzedArticle> story) {
        Map<String, String> roots = new HashMap<>();
        story.forEach(a -> roots.put(a.id(), a.duplicateOf().orElse(a.id())));
        return fact.sources().stream().map(roots::get).distinct().count();
    }

    /** The clauses of the story, embedded in one batch, each with the figures, dates, quotes and names it holds. */
    private List<Unit> units(List<AnalyzedArticle> story) {
        List<Unit> pending = new ArrayList<>();
        for (AnalyzedArticle article : story) {
            String root = article.duplicateOf().orElse(article.id());
            if (article.cleaned().article().headlineOnly() && article.cleaned().title().isPresent()) {
                // a feed item with only a headline states its headline
                pending.add(new Unit(article.id(), root, article.cleaned().title().get(), null, Set.of(), 0,
                        Set.of(), Set.of(), Set.of()));
                continue;
            }
            int position = 0;
            for (Sentence sentence : article.sentences()) {
                for (int[] clause : clauses(article.text(), sentence.start(), sentence.end())) {
                    String text = article.text().substring(clause[0], clause[1]);
                    if (text.split("\\s+").length < 4) {
                        continue; // headings and fragments state no fact
                    }
                    pending.add(clauseUnit(article, root, text, clause[0], clause[1], position++));
                }
            }
        }
        List<float[]> vectors = pending.isEmpty() ? List.of()
                : embedder.embed(pending.stream().map(Unit::text).toList());
        List<Unit> units = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            units.add(pending.get(i).withVector(vectors.get(i)));
        }
        return units;
    }

    private static Unit clauseUnit(AnalyzedArticle article, String root, String text, int start, int end,
                                   int position) {
        Set<Long> numbers = new LinkedHashSet<>();
        for (Quantity q : article.extraction().quantities()) {
            if (q.start() >= start && q.end() <= end) {
                numbers.add(Math.round(q.value()));
            }
        }
        Set<String> dates = new LinkedHashSet<>();
        for (TimeExpression t : article.extraction().times()) {
            if (t.start() >= start && t.end() <= end && t.type() == TimexType.DATE && !t.value().contains("X")) {
                dates.add(t.value());
            }
        }
        Set<String> quoted = new LinkedHashSet<>();
        for (Quote q : article.extraction().quotes()) {
            if (q.start() < end && q.end() > start) {
                quoted.add(normalize(q.text()));
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (EntityMention e : article.extraction().entities()) {
            if (e.start() >= start && e.end() <= end) {
                names.add(e.canonical());
            }
        }
        return new Unit(article.id(), root, text, null, numbers, position, dates, quoted, names);
    }

    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(
            ",\\s+(?=(?:marking|making|highlighting|focusing|covering|underscoring|setting|adding|saying|while|"
                    + "although|but|and the|with the)\\b)|;\\s+");

    /**
     * A sentence's clauses: it is cut before a participle or conjunction that starts a new statement ("..., marking
     * the first time ..."), so one outlet's extra detail is not hidden inside a statement all outlets make.
     */
    static List<int[]> clauses(String text, int start, int end) {
        List<int[]> clauses = new ArrayList<>();
        java.util.regex.Matcher m = CLAUSE_BREAK.matcher(text).region(start, end);
        int from = start;
        while (m.find()) {
            if (m.start() - from > 15 && !insideQuote(text, start, m.start())) {
                clauses.add(new int[] {from, m.start()});
                from = m.end();
            }
        }
        clauses.add(new int[] {from, end});
        return clauses;
    }

    /** Whether an odd number of quote marks opens before the offset: a quote is not cut into clauses. */
    private static boolean insideQuote(String text, int from, int offset) {
        int open = 0;
        boolean straight = false;
        for (int i = from; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                open = Math.max(0, open - 1);
            } else if (c == '"') {
                straight = !straight;
            }
        }
        return open > 0 || straight;
    }

    /**
     * Alignment by average-link agglomeration: the two groups with the highest mean score over their pairs of
     * clauses from different articles merge, as long as that mean reaches the threshold and no such pair states
     * different figures. A group may hold two clauses of one article (an outlet can say a thing twice); the mean
     * ignores such pairs. Unlike a single greedy pass, the result does not depend on which article comes first.
     */
    private List<Group> align(List<Unit> units) {
        int n = units.size();
        double[][] score = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Unit a = units.get(i);
                Unit b = units.get(j);
                score[i][j] = score[j][i] = a.article().equals(b.article()) ? Double.NaN
                        : !numbersAgree(a, b) ? Double.NEGATIVE_INFINITY
                        : Embedder.cosine(a.vector(), b.vector()) + evidence(a, b);
            }
        }
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = config.factSimilarity();
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double sum = 0;
                    int pairs = 0;
                    for (int i : clusters.get(a)) {
                        for (int j : clusters.get(b)) {
                            if (!Double.isNaN(score[i][j])) {
                                sum += score[i][j];
                                pairs++;
                            }
                        }
                    }
                    if (pairs > 0 && sum / pairs >= best) {
                        best = sum / pairs;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            clusters.get(bestA).addAll(clusters.remove(bestB));
        }
        List<Group> groups = new ArrayList<>();
        clusters.sort(java.util.Comparator.comparingInt(c -> c.stream().mapToInt(Integer::intValue).min().orElse(0)));
        for (List<Integer> cluster : clusters) {
            Group group = new Group();
            cluster.stream().sorted().forEach(i -> group.add(units.get(i)));
            groups.add(group);
        }
        return groups;
    }

    /**
     * What two statements share besides their wording: a date (+0.05), a quoted phrase (+0.08: outlets quoting
     * the same words report the same statement), and their names (up to +0.04 by overlap); with none of the first
     * two and few content words in common, they are alike in topic rather than in what they say (-0.05).
     */
    private static double evidence(Unit unit, Unit first) {
        double bonus = 0;
        boolean sharedDate = unit.dates().stream().anyMatch(first.dates()::contains);
        boolean sharedQuote = unit.quotes().stream().anyMatch(q -> first.quotes().stream().anyMatch(o -> o.contains(q)
                || q.contains(o)));
        if (sharedDate) {
            bonus += 0.05;
        }
        if (sharedQuote) {
            bonus += 0.08;
        }
        if (!sharedDate && !sharedQuote && lexicalOverlap(unit.text(), first.text()) < LEXICAL_FLOOR) {
            bonus -= LEXICAL_PENALTY; // alike in topic, not in what they say ("executive orders" vs "H1-B visas")
        }
        Set<String> union = new LinkedHashSet<>(unit.entities());
        union.addAll(first.entities());
        if (!union.isEmpty()) {
            long shared = unit.entities().stream().filter(first.entities()::contains).count();
            bonus += 0.04 * shared / union.size();
        }
        return bonus;
    }

    /**
     * Clauses that share under this share of their content words, and no date or quote, lose LEXICAL_PENALTY: on
     * the seeds any floor from 0.15 to 0.2 and penalty from 0.04 to 0.08 gives the same facts.
     */
    private static final double LEXICAL_FLOOR = 0.15;
    private static final double LEXICAL_PENALTY = 0.05;
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "that", "this",
            "their", "his", "her", "has", "have", "had", "will", "would", "said", "says", "s");

    /** Jaccard overlap of the content words of two texts. */
    static double lexicalOverlap(String a, String b) {
        Set<String> x = contentWords(a);
        Set<String> y = contentWords(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long shared = x.stream().filter(y::contains).count();
        return shared / (double) (x.size() + y.size() - shared);
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                words.add(w.length() > 4 ? w.substring(0, w.length() - (w.endsWith("s") ? 1 : 0)) : w);
            }
        }
        return words;
    }

    /** Two statements with figures state the same fact only if they share a figure. */
    private static boolean numbersAgree(Unit unit, Unit other) {
        return unit.numbers().isEmpty() || other.numbers().isEmpty()
                || unit.numbers().stream().anyMatch(other.numbers()::contains);
    }

    private static Unit representative(Group group) {
        // the member closest to the group's centre, the shorter on ties
        return group.units.stream().max(Comparator.comparingDouble((Unit u) -> Embedder.cosine(u.vector(), group.sum))
                .thenComparing(u -> -u.text().length())).orElseThrow();
    }

    /**
     * The summary: facts ranked by how many independent sources report them and how central they are to the story,
     * picked with maximal marginal relevance so no two say the same thing, then put in reading order.
     */
    private List<StoryBrief.Sentence> summary(List<Group> groups, List<Unit> units) {
        if (groups.isEmpty()) {
            return List.of();
        }
        float[] centre = new float[units.get(0).vector().length];
        for (Unit u : units) {
            for (int i = 0; i < centre.length; i++) {
                centre[i] += u.vector()[i];
            }
        }
        int maxSources = groups.stream().mapToInt(g -> g.independent.size()).max().orElse(1);
        List<Group> chosen = new ArrayList<>();
        List<Group> left = new ArrayList<>(groups);
        int words = 0;
        while (!left.isEmpty() && words < config.summaryWords()) {
            Group best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Group g : left) {
                double relevance = 0.6 * g.independent.size() / maxSources + 0.4 * Embedder.cosine(g.sum, centre);
                double redundancy = chosen.stream().mapToDouble(c -> Embedder.cosine(g.sum, c.sum)).max().orElse(0);
                double score = 0.7 * relevance - 0.3 * redundancy;
                if (redundancy < 0.85 && score > bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
            if (best == null) {
                break;
            }
            left.remove(best);
            chosen.add(best);
            words += representative(best).text().split("\\s+").length;
        }
        // reading order: the position of each fact in the articles that report it
        chosen.sort(Comparator.comparingDouble(g -> g.units.stream().mapToInt(Unit::position).average().orElse(0)));
        List<StoryBrief.Sentence> summary = new ArrayList<>();
        int wordsLeft = config.summaryWords();
        for (Group g : chosen) {
            String text = representative(g).text();
            String[] tokens = text.split("\\s+");
            if (tokens.length > wordsLeft) {
                text = String.join(" ", java.util.Arrays.copyOf(tokens, wordsLeft)) + " …";
            }
            wordsLeft -= Math.min(tokens.length, wordsLeft);
            summary.add(new StoryBrief.Sentence(text, List.copyOf(g.articles)));
            if (wordsLeft <= 0) {
                break;
            }
        }
        return summary;
    }

    /**
     * Quotes merged across sources: the same words whatever the marks, or one quote cut short of the other (the
     * shorter at least half the longer: a few words quoted out of a long statement stay a quote of their own).
     * The text shown is the form most sources use.
     */
    private static List<StoryBrief.Quote> quotes(List<AnalyzedArticle> story) {
        List<String> keys = new ArrayList<>();
        List<Map<String, Integer>> forms = new ArrayList<>();
        List<Map<String, Integer>> speakers = new ArrayList<>();
        List<Set<String>> sources = new ArrayList<>();
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
                    speakers.add(new HashMap<>());
                    sources.add(new LinkedHashSet<>());
                    index = keys.size() - 1;
                }
                forms.get(index).merge(quote.text(), 1, Integer::sum);
                Map<String, Integer> votes = speakers.get(index);
                quote.speaker().ifPresent(s -> votes.merge(s, 1, Integer::sum));
                sources.get(index).add(article.id());
            }
        }
        // A quote's words inside a longer quote of another article are that article's too ("grave risk").
        for (AnalyzedArticle article : story) {
            for (Quote quote : article.extraction().quotes()) {
                String key = normalize(quote.text());
                for (int i = 0; i < keys.size(); i++) {
                    if (key.contains(keys.get(i))) {
                        sources.get(i).add(article.id());
                    }
                }
            }
        }
        List<StoryBrief.Quote> result = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Optional<String> speaker = speakers.get(i).entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey);
            String text = forms.get(i).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            result.add(new StoryBrief.Quote(speaker, text, List.copyOf(sources.get(i))));
        }
        return result;
    }

    /** Lower case, quote marks folded, punctuation and "is"/"'s" contractions made alike. */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace("what's", "what is")
                .replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static List<StoryBrief.Event> timeline(List<AnalyzedArticle> story) {
        Map<String, String> events = new LinkedHashMap<>();
        Map<String, Set<String>> sources = new HashMap<>();
        for (AnalyzedArticle article : story) {
            for (TimeExpression time : article.extraction().times()) {
                if (time.type() != TimexType.DATE || time.value().contains("X") || time.value().equals("PRESENT_REF")) {
                    continue;
                }
                String sentence = sentenceAround(article, time.start());
                events.merge(time.value(), sentence, (a, b) -> a.length() <= b.length() ? a : b);
                sources.computeIfAbsent(time.value(), k -> new LinkedHashSet<>()).add(article.id());
            }
        }
        List<StoryBrief.Event> timeline = new ArrayList<>();
        events.forEach((date, event) -> timeline.add(new StoryBrief.Event(date, event,
                List.copyOf(sources.get(date)))));
        timeline.sort(Comparator.comparing(StoryBrief.Event::date));
        return timeline;
    }

    private static String sentenceAround(AnalyzedArticle article, int offset) {
        for (Sentence sentence : article.sentences()) {
            if (offset >= sentence.start() && offset < sentence.end()) {
                return sentence.text(article.text());
            }
        }
        return "";
    }

    private static List<StoryBrief.Entity> entities(List<AnalyzedArticle> story) {
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        Map<String, Set<String>> sources = new HashMap<>();
        for (AnalyzedArticle article : story) {
            for (EntityMention mention : article.extraction().entities()) {
                types.putIfAbsent(mention.canonical(), mention.type().name());
                Set<String> names = aliases.computeIfAbsent(mention.canonical(), k -> new LinkedHashSet<>());
                String surface = mention.title().isEmpty() ? mention.text() : mention.title() + " " + mention.text();
                if (!surface.equals(mention.canonical())) {
                    names.add(surface);
                }
                if (!mention.text().equals(mention.canonical())) {
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

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
