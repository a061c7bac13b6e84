package org.corroborate.brief;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.embed.Embedder;

/**
 * Scores the claim check against labelled statement/source pairs: a claim (one sentence of one article, by offsets)
 * and a source article, labelled {@code states}, {@code related} or {@code unrelated} by a person who read both.
 * The brief's decision for a pair is what it would cite: the source states the claim when one of its statements
 * passes the {@link ClaimCheck} against it. Precision and recall are those of "states".
 */
public final class StatementPairs {
    /** One labelled pair, as in the TSV file (ids and offsets only, no text). */
    public record Pair(String set, String claimArticle, int claimStart, int claimEnd, String sourceArticle,
                       String label, int line) {
        public Pair {
            Objects.requireNonNull(claimArticle, "claimArticle");
            Objects.requireNonNull(sourceArticle, "sourceArticle");
            if (!List.of("states", "related", "unrelated").contains(label)) {
                throw new IllegalArgumentException("line " + line + ": label must be states, related or unrelated, not "
                        + label);
            }
        }
    }

    /** The decision for one pair. */
    public record Decision(Pair pair, String predicted, double bestCosine, String detail, List<double[]> features) {
    }

    /** Counts over the pairs scored, and the pairs that could not be (an article or a sentence not found). */
    public record Scores(List<Decision> decisions, List<String> skipped) {
        public Scores {
            decisions = List.copyOf(decisions);
            skipped = List.copyOf(skipped);
        }

        public long count(String gold, String predicted) {
            return decisions.stream().filter(d -> d.pair().label().equals(gold) && d.predicted().equals(predicted))
                    .count();
        }

        public double precision() {
            long predicted = decisions.stream().filter(d -> d.predicted().equals("states")).count();
            return predicted == 0 ? 0 : count("states", "states") / (double) predicted;
        }

        public double recall() {
            long gold = decisions.stream().filter(d -> d.pair().label().equals("states")).count();
            return gold == 0 ? 0 : count("states", "states") / (double) gold;
        }
    }

    private StatementPairs() {
    }

    /** Reads the TSV: a header, then set, claim article, claim start, claim end, source article, label, .... */
    public static List<Pair> read(Path file) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                for (int k = 0; k < f.length; k++) {
                    f[k] = f[k].strip();
                }
                if (f.length < 6) {
                    throw new IllegalArgumentException(file + ":" + number + ": expected at least 6 tab-separated "
                            + "fields, found " + f.length);
                }
                try {
                    pairs.add(new Pair(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4],
                            f[5].toLowerCase(Locale.ROOT), number));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ":" + number + ": offsets must be numbers", e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + e.getMessage(), e);
                }
            }
        }
        return pairs;
    }

    public static Scores score(List<Pair> pairs, List<AnalyzedArticle> articles, Embedder embedder,
                               BriefBuilder.Config config) {
        Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        StatementExtractor extractor = new StatementExtractor();
        ClaimCheck check = new ClaimCheck(config.claims());
        Map<String, List<Statement>> statements = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        List<Pair> scored = new ArrayList<>();
        List<Statement> claims = new ArrayList<>();
        for (Pair pair : pairs) {
            AnalyzedArticle claimArticle = byId.get(pair.claimArticle());
            AnalyzedArticle source = byId.get(pair.sourceArticle());
            if (claimArticle == null || source == null) {
                skipped.add("line " + pair.line() + ": article " + (claimArticle == null ? pair.claimArticle()
                        : pair.sourceArticle()) + " not in the input");
                continue;
            }
            Statement claim = extractor.statementAt(claimArticle, pair.claimStart(), pair.claimEnd()).orElse(null);
            if (claim == null) {
                skipped.add("line " + pair.line() + ": no sentence of " + pair.claimArticle() + " at "
                        + pair.claimStart() + "-" + pair.claimEnd());
                continue;
            }
            statements.computeIfAbsent(source.id(), id -> extractor.statements(source));
            scored.add(pair);
            claims.add(claim);
        }
        // every text embedded once
        Map<String, float[]> vectors = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        claims.forEach(c -> texts.add(c.text()));
        statements.values().forEach(list -> list.forEach(s -> texts.add(s.text())));
        List<String> distinct = texts.stream().distinct().toList();
        List<float[]> embedded = distinct.isEmpty() ? List.of() : embedder.embed(distinct);
        for (int i = 0; i < distinct.size(); i++) {
            vectors.put(distinct.get(i), embedded.get(i));
        }
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Pair pair = scored.get(i);
            Statement claim = claims.get(i);
            String predicted = "unrelated";
            double best = 0;
            String detail = "";
            List<double[]> features = new ArrayList<>();
            for (Statement s : statements.get(pair.sourceArticle())) {
                double cosine = Embedder.cosine(vectors.get(claim.text()), vectors.get(s.text()));
                double[] row = ClaimCheck.features(claim.claim(), s.claim(), cosine);
                double[] withSpan = java.util.Arrays.copyOf(row, row.length + 2);
                withSpan[row.length] = s.start();
                withSpan[row.length + 1] = s.end();
                features.add(withSpan);
                if (cosine > best) {
                    best = cosine;
                    detail = claim.text() + "\n    " + s.text() + "\n    " + check.why(claim.claim(), s.claim());
                }
                ClaimCheck.Support support = check.support(claim.claim(), s.claim(), cosine);
                if (support == ClaimCheck.Support.STATES) {
                    predicted = "states";
                } else if (support == ClaimCheck.Support.RELATED && !predicted.equals("states")) {
                    predicted = "related";
                }
            }
            decisions.add(new Decision(pair, predicted, best, detail, features));
        }
        return new Scores(decisions, skipped);
    }

    /** The names of the feature columns of {@link Decision#features()} (then the source sentence's start and end). */
    public static List<String> featureNames() {
        return ClaimCheck.FEATURES;
    }
}
