package org.corroborate.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.embed.Embedder;
import org.corroborate.extract.quantity.Quantity;

/**
 * Figures merged across sources, and the conflicts between them: the same unit, values that differ by more than 5%
 * (after the words before them: "more than 60" allows 80, "nearly 60" does not), "counts" phrases whose
 * embeddings are close, so they measure the same thing, and sources that differ: each value is given by a source
 * that does not give the other. Both values are kept with their basis and sources; none is picked.
 */
final class Figures {
    /**
     * A merged figure, every phrase its sources used for what it counts, and the least and greatest value its
     * sources allow: "more than 60" allows anything from 60 up, "nearly 60" from 54 to 60, "60" only 60.
     */
    record Merged(StoryBrief.Figure figure, List<String> phrases, double low, double high, Set<String> about) {
        Merged(StoryBrief.Figure figure, List<String> phrases) {
            this(figure, phrases, figure.value(), figure.value(), Set.of());
        }
    }

    /** Words before a figure that make it a least value ("more than 60"), as a reader takes them. */
    private static final List<String> AT_LEAST = List.of("more than", "over", "at least", "upwards of",
            "in excess of", "no fewer than", "no less than", "above");
    /** Words that make it a greatest value ("up to 60"). */
    private static final List<String> AT_MOST = List.of("less than", "fewer than", "under", "up to", "at most",
            "no more than", "below");
    /** Words that make it a greatest value a little above the count ("nearly 60": 54 to 60). */
    private static final List<String> NEARLY = List.of("nearly", "almost", "close to", "just under");

    /** Whether {@code before} ends with the words {@code w} and a space, not with a longer word ("Hover 60"). */
    private static boolean endsWithWord(String before, String w) {
        int at = before.length() - w.length() - 1;
        return before.endsWith(w + " ") && (at == 0 || at > 0 && !Character.isLetterOrDigit(before.charAt(at - 1)));
    }

    /** The words just before a figure that hedge it ("more than", "nearly", "up to"), if any. */
    static Optional<String> qualifier(String text, int start) {
        String before = text.substring(Math.max(0, start - 20), start).toLowerCase(java.util.Locale.ROOT);
        for (List<String> words : List.of(NEARLY, AT_LEAST, AT_MOST)) {
            for (String w : words) {
                if (endsWithWord(before, w)) {
                    return Optional.of(w);
                }
            }
        }
        return Optional.empty();
    }

    /** The least and greatest value the words just before a figure allow. */
    static double[] bounds(String text, int start, double value) {
        Optional<String> hedge = qualifier(text, start);
        if (hedge.isEmpty()) {
            return new double[] {value, value};
        } else if (NEARLY.contains(hedge.get())) {
            return new double[] {0.9 * value, value};
        } else if (AT_LEAST.contains(hedge.get())) {
            return new double[] {value, Double.POSITIVE_INFINITY};
        }
        return new double[] {0, value};
    }

    private Figures() {
    }

    /** Words after a name that make its person the source of a sentence, not what it is about ("X said"). */
    private static final java.util.regex.Pattern SAYS_AFTER = java.util.regex.Pattern.compile(
            "^[\\s,]*(?:\\([^)]{0,40}\\)[\\s,]*)?(?:\\p{L}+\\s+){0,2}?(?:said|says|told|added|announced|estimated|"
                    + "estimates|reported|reports|stated|confirmed|wrote|writes|tweeted|posted|put|puts|gave|gives|"
                    + "cited|cites|counted|counts)\\b");
    private static final java.util.regex.Pattern SAYS_BEFORE = java.util.regex.Pattern.compile(
            "(?:said|says|told|added|according to|spokesman|spokeswoman|spokesperson)[\\s,]*(?:\\p{L}+\\s+){0,3}$");

    /**
     * The people a figure's sentence is about: the persons named in it, less those who only say it ("Mayor Ines
     * Okafor said", "according to Jane Doe"). Two figures about two different people are not one measure.
     */
    static Set<String> peopleAbout(AnalyzedArticle article, Quantity q) {
        Set<String> people = new LinkedHashSet<>();
        String text = article.text();
        holding(article, q).ifPresent(sentence -> {
            for (org.corroborate.extract.entity.EntityMention m : article.extraction().entities()) {
                if (m.type() != org.corroborate.extract.entity.EntityType.PERSON || m.start() < sentence.start()
                        || m.end() > sentence.end()) {
                    continue;
                }
                String after = text.substring(m.end(), Math.min(sentence.end(), m.end() + 60));
                String before = text.substring(Math.max(sentence.start(), m.start() - 40), m.start())
                        .toLowerCase(java.util.Locale.ROOT);
                if (!SAYS_AFTER.matcher(after).find() && !SAYS_BEFORE.matcher(before).find()) {
                    // by surname: one article may resolve "Hansbrough" to another first name than the next
                    String name = m.canonical().strip();
                    people.add(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        return people;
    }

    /** The sentence that holds the figure, if one does. */
    private static Optional<org.corroborate.text.Sentence> holding(AnalyzedArticle article, Quantity q) {
        return article.sentences().stream().filter(s -> s.start() <= q.start() && q.end() <= s.end()).findFirst();
    }

    /** What may follow a counted noun and still say nothing of what is counted: a time or a place. */
    private static final java.util.regex.Pattern BARE_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:on|in|at|near|from|across|around|since|during|this|last|overnight)\\b.*");

    /** Verbs and adjectives that say what is counted of a bare noun ("people killed"), and the words between. */
    private static final Set<String> PREDICATE = Set.of("VERB", "ADJ");
    private static final Set<String> BETWEEN = Set.of("AUX", "PART", "ADV");
    /** How close two bare counts' predicates must be to count the same: near-synonyms ("killed", "died"). */
    static final double BARE_SIMILARITY = 0.90;
    /** Marks a phrase built from a bare count and what is said of it. */
    private static final String BARE = "\u0000";

    /**
     * What a figure measures, as compared across sources: its "counts" phrase ("undocumented Indian immigrants"), or,
     * when that is only a noun ("80,000 people"), the noun with what the sentence says of it ("people killed",
     * "people are homeless", marked as such), since "80,000 people" killed and "1 million people" homeless are two
     * measures. Empty when neither is known: a bare count is compared with nothing.
     */
    static Optional<String> whatIsMeasured(AnalyzedArticle article, Quantity q) {
        if (q.counts().isEmpty()) {
            return q.counts();
        }
        // "people", "people on Monday", "soldiers in the town": the counted noun and where or when, not what of it
        String noun = q.counts().get().split("\\s+")[0];
        boolean bare = q.counts().get().equalsIgnoreCase(noun) || BARE_AFTER.matcher(q.counts().get()
                .substring(noun.length())).matches();
        if (!bare || !(noun.equalsIgnoreCase(q.unit()) || q.unit().equals("people"))) {
            return q.counts(); // "crack" of "30 cm", "undocumented Indian immigrants": it says what is measured
        }
        Optional<org.corroborate.text.Sentence> held = holding(article, q);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        org.corroborate.text.Sentence sentence = held.get();
        List<org.corroborate.text.Token> tokens = sentence.tokens();
        String text = article.text();
        int first = 0;
        while (first < tokens.size() && tokens.get(first).start() < q.end()) {
            first++;
        }
        // the noun right after the figure, then what follows it: "people have been rescued"
        if (first < tokens.size() && tokens.get(first).text(text).equalsIgnoreCase(noun)) {
            for (int j = first + 1; j < tokens.size() && j <= first + 4; j++) {
                String pos = tokens.get(j).pos();
                if (PREDICATE.contains(pos)) {
                    return Optional.of(BARE + text.substring(tokens.get(first).start(), tokens.get(j).end()));
                }
                if (!BETWEEN.contains(pos)) {
                    break;
                }
            }
        }
        // or the verb it is the object of: "killed about 200,000 people"
        int before = first - 1;
        while (before >= 0 && tokens.get(before).end() > q.start()) {
            before--;
        }
        for (int j = before; j >= 0 && j >= before - 3; j--) {
            String pos = tokens.get(j).pos();
            if (pos.equals("VERB")) {
                return Optional.of(BARE + noun + " " + tokens.get(j).text(text));
            }
            if (!pos.equals("ADV") && !pos.equals("ADP") && !pos.equals("ADJ")) {
                break;
            }
        }
        return Optional.empty();
    }

    static List<Merged> merge(List<AnalyzedArticle> story) {
        Map<String, double[]> values = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, Map<String, Evidence>> sources = new LinkedHashMap<>();
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        Map<String, List<String>> shown = new LinkedHashMap<>();
        Map<String, double[]> allowed = new LinkedHashMap<>();
        Map<String, Set<String>> hedges = new LinkedHashMap<>();
        Map<String, Set<String>> about = new LinkedHashMap<>();
        for (AnalyzedArticle article : story) {
            for (Quantity q : article.extraction().quantities()) {
                if (!q.checkable()) {
                    continue; // "two leaders": not a figure a reader checks
                }
                String key = q.unit() + "|" + q.value();
                values.putIfAbsent(key, new double[] {q.value()});
                units.putIfAbsent(key, q.unit());
                sources.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(article.id(),
                        BriefBuilder.evidence(article, q.start(), q.end()));
                // what all its sources allow together: a source that hedges makes the figure a range
                double[] bound = bounds(article.text(), q.start(), q.value());
                allowed.merge(key, bound, (x, y) -> new double[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
                hedges.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(qualifier(article.text(), q.start())
                        .orElse(""));
                List<String> counted = phrases.computeIfAbsent(key, k -> new ArrayList<>());
                whatIsMeasured(article, q).filter(c -> !counted.contains(c)).ifPresent(counted::add);
                about.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(peopleAbout(article, q));
                List<String> said = shown.computeIfAbsent(key, k -> new ArrayList<>());
                q.counts().filter(c -> !said.contains(c)).ifPresent(said::add);
            }
        }
        List<Merged> merged = new ArrayList<>();
        for (String key : values.keySet()) {
            List<String> counted = phrases.get(key);
            Optional<String> counts = shown.get(key).stream().max(Comparator.comparingInt(String::length));
            // shown with the figure only when every source words it so: "60" and "more than 60" show 60
            Optional<String> qualifier = hedges.get(key).size() == 1
                    ? Optional.of(hedges.get(key).iterator().next()).filter(h -> !h.isEmpty()) : Optional.empty();
            merged.add(new Merged(new StoryBrief.Figure(values.get(key)[0], units.get(key), qualifier, counts,
                    List.copyOf(sources.get(key).keySet()), List.copyOf(sources.get(key).values())),
                    List.copyOf(counted), allowed.get(key)[0], allowed.get(key)[1], Set.copyOf(about.get(key))));
        }
        return merged;
    }

    static List<StoryBrief.Conflict> conflicts(List<Merged> figures, Embedder embedder, double similarity) {
        // every "counts" phrase embedded once, in one batch
        List<String> phrases = figures.stream().flatMap(f -> f.phrases().stream()).distinct().toList();
        Map<String, float[]> vectors = new LinkedHashMap<>();
        if (!phrases.isEmpty()) {
            List<float[]> embedded = embedder.embed(phrases.stream().map(p -> p.replace(BARE, "")).toList());
            for (int i = 0; i < phrases.size(); i++) {
                vectors.put(phrases.get(i), embedded.get(i));
            }
        }
        List<StoryBrief.Conflict> conflicts = new ArrayList<>();
        Set<Integer> used = new LinkedHashSet<>();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                StoryBrief.Figure a = figures.get(i).figure();
                StoryBrief.Figure b = figures.get(j).figure();
                // the values sources allow must lie apart by more than 5%: "more than 60" and "80" agree
                double gap = Math.max(figures.get(i).low() - figures.get(j).high(),
                        figures.get(j).low() - figures.get(i).high());
                // outlets differ only where one gives a value the other does not: one source that gives both
                // ("from 13 to 33 seconds", "236.5 km ... 30 km/hour") measures two things
                boolean outletsDiffer = !a.sources().containsAll(b.sources()) && !b.sources().containsAll(a.sources());
                // figures of two different people measure two things: "Lawson had 16 points", "Green 14 points"
                Set<String> whoA = figures.get(i).about();
                Set<String> whoB = figures.get(j).about();
                // not for counts of people: two officials who give two tolls disagree, whatever the verb they use
                if (!a.unit().equals("people") && !whoA.isEmpty() && !whoB.isEmpty()
                        && whoA.stream().noneMatch(whoB::contains)) {
                    continue;
                }
                if (!outletsDiffer || !a.unit().equals(b.unit()) || a.counts().isEmpty() || b.counts().isEmpty()
                        || gap <= 0.05 * Math.max(a.value(), b.value())
                        || used.contains(i) || used.contains(j)) {
                    continue;
                }
                if (sameMeasure(figures.get(i).phrases(), figures.get(j).phrases(), vectors, similarity)) {
                    used.add(i);
                    used.add(j);
                    conflicts.add(new StoryBrief.Conflict(a.counts().get().length() <= b.counts().get().length()
                            ? a.counts().get() : b.counts().get(), List.of(
                            new StoryBrief.Conflict.Value(a.value(), a.unit(), a.qualifier(),
                                    a.counts().get(), a.sources(), a.evidence()),
                            new StoryBrief.Conflict.Value(b.value(), b.unit(), b.qualifier(),
                                    b.counts().get(), b.sources(), b.evidence()))));
                }
            }
        }
        return conflicts;
    }

    private static boolean sameMeasure(List<String> a, List<String> b, Map<String, float[]> vectors,
                                       double similarity) {
        for (String x : a) {
            for (String y : b) {
                double needed = x.startsWith(BARE) || y.startsWith(BARE) ? Math.max(similarity, BARE_SIMILARITY)
                        : similarity;
                if (Embedder.cosine(vectors.get(x), vectors.get(y)) >= needed) {
                    return true;
                }
            }
        }
        return false;
    }
}
