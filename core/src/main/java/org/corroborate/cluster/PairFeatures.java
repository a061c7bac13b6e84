package org.corroborate.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of a pair of articles that story models score: TF-IDF cosines of their titles, leads and bodies
 * (IDF over the set at hand), the cosine of their embeddings, how far their people, places and organisations
 * overlap (and whether both name some and share none: two earthquakes differ in where, two rehab stories in who),
 * shared days, whether the bodies are far apart, shared figures, and how many days beyond three lie between them. The gap counts only
 * past three days, so a model never learns from how close in time a crawler fetched two reports. A pair with a
 * headline or a short brief has its own title and embedding features (the lead and body ones are 0 there): a linear
 * model cannot otherwise weigh a title more when it is all there is. Thread-safe after construction.
 */
public final class PairFeatures {
    /** Feature names, in the order of {@link #features}. */
    public static final List<String> NAMES = List.of("title", "lead", "body", "embedding", "persons", "places",
            "organisations", "personsDiffer", "placesDiffer", "sharedDays", "bodyApart", "sharedFigures",
            "longGap", "short", "titleShort", "embeddingShort");
    /** An article with fewer body terms than this is a headline or a brief: its pairs weigh titles differently. */
    private static final int SHORT_TERMS = 15;
    /**
     * Bodies this far apart share little beyond the words of their beat: a feature of its own, since the body cosine
     * alone counts linearly and the embedding of two leads from one town can be close.
     */
    private static final double BODY_APART = 0.15;
    private static final long DAY = 86_400_000L;

    private final List<ArticleProfile> articles;
    private final List<Map<String, Float>> titles;
    private final List<Map<String, Float>> leads;
    private final List<Map<String, Float>> bodies;
    /** Per article: its people, places and organisations, each type a set of its own. */
    private final List<List<Set<String>>> names;
    private static final List<String> TYPES = List.of("PERSON:", "LOCATION:", "ORGANIZATION:");

    private PairFeatures(List<ArticleProfile> articles) {
        this.articles = List.copyOf(articles);
        Map<String, Integer> df = new HashMap<>();
        for (ArticleProfile a : articles) {
            Set<String> seen = new HashSet<>(a.bodyTerms());
            seen.addAll(a.titleTerms());
            seen.addAll(a.leadTerms());
            seen.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = articles.size();
        Map<String, Float> idf = new HashMap<>();
        df.forEach((t, d) -> idf.put(t, (float) (Math.log((n + 1.0) / (d + 1.0)) + 1)));
        this.titles = articles.stream().map(a -> tfidf(a.titleTerms(), idf)).toList();
        this.leads = articles.stream().map(a -> tfidf(a.leadTerms(), idf)).toList();
        this.bodies = articles.stream().map(a -> tfidf(a.bodyTerms(), idf)).toList();
        this.names = articles.stream().map(a -> TYPES.stream().map(type -> {
            Set<String> ofType = new HashSet<>();
            a.entities().stream().filter(e -> e.startsWith(type)).forEach(ofType::add);
            return ofType;
        }).toList()).toList();
    }

    /** Features over a set of articles: their IDF is that of the set. */
    public static PairFeatures over(List<ArticleProfile> articles) {
        return new PairFeatures(articles);
    }

    public int size() {
        return articles.size();
    }

    public ArticleProfile article(int i) {
        return articles.get(i);
    }

    /** The unit-length TF-IDF vector of an article's body (of its title when it has no body), for candidates. */
    Map<String, Float> body(int i) {
        return bodies.get(i).isEmpty() ? titles.get(i) : bodies.get(i);
    }

    private static Map<String, Float> tfidf(List<String> terms, Map<String, Float> idf) {
        Map<String, Float> vector = new HashMap<>();
        for (String t : terms) {
            vector.merge(t, idf.getOrDefault(t, 1f), Float::sum);
        }
        double norm = 0;
        for (float v : vector.values()) {
            norm += v * v;
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        vector.replaceAll((t, v) -> (float) (v * scale));
        return vector;
    }

    static double cosine(Map<String, Float> a, Map<String, Float> b) {
        if (a.size() > b.size()) {
            return cosine(b, a);
        }
        double dot = 0;
        for (Map.Entry<String, Float> e : a.entrySet()) {
            Float other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot;
    }

    /** The cosine of two articles' embeddings, 0 when either has none. */
    double embeddingCosine(int i, int j) {
        ArticleProfile a = articles.get(i);
        ArticleProfile b = articles.get(j);
        double embedding = 0;
        if (a.embedding().isPresent() && b.embedding().isPresent()) {
            float[] x = a.embedding().get();
            float[] y = b.embedding().get();
            for (int k = 0; k < x.length; k++) {
                embedding += x[k] * y[k];
            }
        }
        return embedding;
    }

    public double[] features(int i, int j) {
        ArticleProfile a = articles.get(i);
        ArticleProfile b = articles.get(j);
        double embedding = embeddingCosine(i, j);
        double gap = 0;
        if (a.time() != 0 && b.time() != 0) {
            double days = Math.abs(a.time() - b.time()) / (double) DAY;
            gap = Math.log1p(Math.max(0, days - 3));
        }
        double title = cosine(titles.get(i), titles.get(j));
        double shortText = isShort(a) || isShort(b) ? 1 : 0;
        double full = 1 - shortText;
        double body = cosine(bodies.get(i), bodies.get(j));
        return new double[] {
            full * title,
            full * cosine(leads.get(i), leads.get(j)),
            full * body,
            full * embedding,
            overlap(names.get(i).get(0), names.get(j).get(0)),
            overlap(names.get(i).get(1), names.get(j).get(1)),
            overlap(names.get(i).get(2), names.get(j).get(2)),
            differ(names.get(i).get(0), names.get(j).get(0)),
            differ(names.get(i).get(1), names.get(j).get(1)),
            a.dates().stream().anyMatch(b.dates()::contains) ? 1 : 0,
            full * (body < BODY_APART ? 1 : 0),
            overlap(a.figures(), b.figures()),
            gap,
            shortText,
            shortText * title,
            shortText * embedding,
        };
    }

    /** Whether an article is a headline or a brief: too short a body for its words to weigh like an article's. */
    public static boolean isShort(ArticleProfile article) {
        return article.bodyTerms().size() < SHORT_TERMS;
    }

    /** |A ∩ B| / min(|A|, |B|); 0 when either is empty. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        long shared = smaller.stream().filter(larger::contains).count();
        return shared / (double) smaller.size();
    }

    /** 1 when both are non-empty and share nothing. */
    static double differ(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && overlap(a, b) == 0 ? 1 : 0;
    }
}
