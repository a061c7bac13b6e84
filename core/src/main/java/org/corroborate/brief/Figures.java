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
 * (after the words before them: "more than 60" allows 80, "nearly 60" does not), and "counts" phrases whose
 * embeddings are close, so they measure the same thing. Both values are kept with their
 * basis and sources; none is picked.
 */
final class Figures {
    /**
     * A merged figure, every phrase its sources used for what it counts, and the least and greatest value its
     * sources allow: "more than 60" allows anything from 60 up, "nearly 60" from 54 to 60, "60" only 60.
     */
    record Merged(StoryBrief.Figure figure, List<String> phrases, double low, double high) {
        Merged(StoryBrief.Figure figure, List<String> phrases) {
            this(figure, phrases, figure.value(), figure.value());
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

    static List<Merged> merge(List<AnalyzedArticle> story) {
        Map<String, double[]> values = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, Map<String, Evidence>> sources = new LinkedHashMap<>();
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        Map<String, double[]> allowed = new LinkedHashMap<>();
        Map<String, Set<String>> hedges = new LinkedHashMap<>();
        for (AnalyzedArticle article : story) {
            for (Quantity q : article.extraction().quantities()) {
                if (q.unit().equals("count") || (q.value() < 10 && !q.unit().equals("percent"))) {
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
                q.counts().filter(c -> !counted.contains(c)).ifPresent(counted::add);
            }
        }
        List<Merged> merged = new ArrayList<>();
        for (String key : values.keySet()) {
            List<String> counted = phrases.get(key);
            Optional<String> counts = counted.stream().max(Comparator.comparingInt(String::length));
            // shown with the figure only when every source words it so: "60" and "more than 60" show 60
            Optional<String> qualifier = hedges.get(key).size() == 1
                    ? Optional.of(hedges.get(key).iterator().next()).filter(h -> !h.isEmpty()) : Optional.empty();
            merged.add(new Merged(new StoryBrief.Figure(values.get(key)[0], units.get(key), qualifier, counts,
                    List.copyOf(sources.get(key).keySet()), List.copyOf(sources.get(key).values())),
                    List.copyOf(counted), allowed.get(key)[0], allowed.get(key)[1]));
        }
        return merged;
    }

    static List<StoryBrief.Conflict> conflicts(List<Merged> figures, Embedder embedder, double similarity) {
        // every "counts" phrase embedded once, in one batch
        List<String> phrases = figures.stream().flatMap(f -> f.phrases().stream()).distinct().toList();
        Map<String, float[]> vectors = new LinkedHashMap<>();
        if (!phrases.isEmpty()) {
            List<float[]> embedded = embedder.embed(phrases);
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
                if (!a.unit().equals(b.unit()) || a.counts().isEmpty() || b.counts().isEmpty()
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
                if (Embedder.cosine(vectors.get(x), vectors.get(y)) >= similarity) {
                    return true;
                }
            }
        }
        return false;
    }
}
