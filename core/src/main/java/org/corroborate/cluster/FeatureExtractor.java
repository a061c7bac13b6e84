package org.corroborate.cluster;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.extract.entity.EntityMention;
import org.corroborate.extract.entity.EntityType;
import org.corroborate.extract.time.ReferenceDate;

/**
 * Turns an analysed article into the profile story clustering compares ({@link ArticleProfile}): Porter-stemmed
 * terms of the title, of the lead (the first {@value #LEAD_WORDS} words) and of the body, without stopwords; the
 * canonical names of its people, organisations and places; the days and figures it states. Thread-safe.
 */
public final class FeatureExtractor {
    static final int LEAD_WORDS = 80;
    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in",
            "on", "at", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it",
            "its", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their",
            "our", "your", "my", "not", "no", "will", "would", "can", "could", "may", "might", "has", "have", "had",
            "do", "does", "did", "so", "if", "than", "then", "there", "here", "who", "what", "which", "when", "where",
            "why", "how", "all", "any", "some", "more", "most", "after", "before", "over", "under", "up", "down",
            "out", "about", "into", "says", "said", "say", "new", "s", "t", "also", "just", "amid", "vs", "via");
    private final ThreadLocal<PorterStemmer> stemmer = ThreadLocal.withInitial(PorterStemmer::new);

    /**
     * What clustering compares of an article. An article without a publication date is placed on the latest date
     * its text gives, else its time is unknown (0); not on the median date of the other articles: they may be
     * other stories.
     */
    public ArticleProfile profile(AnalyzedArticle article) {
        var source = article.cleaned().article();
        long time = source.published().map(p -> p.dateTime()
                .map(t -> t.toInstant().toEpochMilli())
                .orElse(midday(p.date()))).orElseGet(() -> article.extraction().reference()
                .filter(r -> r.basis() == ReferenceDate.Basis.LATEST_DATE_IN_TEXT)
                .map(r -> midday(r.date())).orElse(0L));
        Set<String> entities = new LinkedHashSet<>();
        for (EntityMention mention : article.extraction().entities()) {
            if (mention.type() != EntityType.OTHER) {
                entities.add(mention.type().name() + ":" + mention.canonical().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> dates = new LinkedHashSet<>();
        for (org.corroborate.extract.time.TimeExpression t : article.extraction().times()) {
            if (!t.inferred() && t.value().matches("\\d{4}-\\d\\d-\\d\\d")) {
                dates.add(t.value());
            }
        }
        Set<String> figures = new LinkedHashSet<>();
        for (org.corroborate.extract.quantity.Quantity q : article.extraction().quantities()) {
            if (q.value() >= 10 && !(q.value() >= 1900 && q.value() <= 2100 && q.unit().equals("count"))) {
                figures.add(q.unit() + ":" + Math.round(q.value()));
            }
        }
        List<String> lead = terms(article.text(), LEAD_WORDS);
        List<String> title = terms(article.cleaned().title().orElse(""), Integer.MAX_VALUE);
        if (title.isEmpty()) {
            title = lead.subList(0, Math.min(12, lead.size()));
        }
        return new ArticleProfile(article.id(), time, source.published().isPresent(), title, lead, terms(article.text(), BODY_WORDS), entities,
                dates, figures, article.duplicateOf(), java.util.Optional.empty());
    }

    /** The profiles of articles, each with the embedding of its title and lead (one batch). */
    public List<ArticleProfile> profiles(List<AnalyzedArticle> articles, org.corroborate.embed.Embedder embedder) {
        List<float[]> vectors = articles.isEmpty() ? List.of()
                : embedder.embed(articles.stream().map(FeatureExtractor::embeddingText).toList());
        List<ArticleProfile> profiles = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            profiles.add(profile(articles.get(i)).withEmbedding(vectors.get(i)));
        }
        return profiles;
    }

    /** Words of the body that archive clustering reads. */
    static final int BODY_WORDS = 600;

    private static long midday(java.time.LocalDate date) {
        return date.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** The text an embedding of the article is made of: its title and the first words of its lead. */
    public static String embeddingText(AnalyzedArticle article) {
        String title = article.cleaned().title().orElse("");
        String text = article.text();
        String[] words = text.split("\\s+", LEAD_WORDS + 1);
        String lead = words.length > LEAD_WORDS ? String.join(" ", java.util.Arrays.copyOf(words, LEAD_WORDS))
                : text;
        return (title + ". " + lead).strip();
    }

    /** Stemmed, lower-case terms of the first {@code limit} words, stopwords and one-letter words left out. */
    public List<String> terms(String text, int limit) {
        List<String> terms = new ArrayList<>();
        PorterStemmer porter = stemmer.get();
        int words = 0;
        int i = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        while (i < lower.length() && words < limit) {
            while (i < lower.length() && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < lower.length() && (Character.isLetterOrDigit(lower.charAt(i)) || lower.charAt(i) == '\'')) {
                i++;
            }
            if (i > start) {
                words++;
                String word = lower.substring(start, i);
                int apostrophe = word.indexOf('\'');
                if (apostrophe > 0) {
                    word = word.substring(0, apostrophe);
                }
                if (word.length() > 1 && !STOPWORDS.contains(word)) {
                    terms.add(porter.stem(word));
                }
            }
        }
        return terms;
    }
}
