package org.corroborate.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A learned decision "same story": logistic-regression weights over {@link PairFeatures} and the probability at
 * which average-linked stories merge ({@code shortThreshold} when both stories hold only headlines or briefs); the
 * streaming clusterer, which cannot wait for the rest of the input, has thresholds of its own, chosen the same way. Saved as a small text file (one "name TAB weight" a line, lines starting with
 * "#" are comments: what it was trained on). The model shipped in the jar is trained on labelled news (see
 * docs/clustering.md); {@code corroborate train cluster} makes one from a user's own labelled stories.
 */
public record StoryModel(double[] weights, double threshold, double shortThreshold, double streamThreshold,
                         double streamShortThreshold, List<String> provenance) {
    private static final String RESOURCE = "/org/corroborate/cluster/story-model.tsv";

    public StoryModel {
        Objects.requireNonNull(weights, "weights");
        if (weights.length != PairFeatures.NAMES.size() + 1) {
            throw new IllegalArgumentException("a story model needs " + (PairFeatures.NAMES.size() + 1)
                    + " weights, not " + weights.length);
        }
        weights = weights.clone();
        provenance = List.copyOf(provenance);
    }

    /** A model whose streaming thresholds are its archive ones. */
    public StoryModel(double[] weights, double threshold, double shortThreshold, List<String> provenance) {
        this(weights, threshold, shortThreshold, threshold, shortThreshold, provenance);
    }

    /** The same weights with other streaming thresholds. */
    public StoryModel withStreamThresholds(double full, double brief) {
        return new StoryModel(weights, threshold, shortThreshold, full, brief, provenance);
    }

    public double probability(double[] features) {
        return LogisticRegression.probability(weights, features);
    }

    /** The model that ships in the jar. */
    public static StoryModel shipped() {
        return resource(RESOURCE);
    }

    /**
     * The topic model that ships in the jar: the same features, trained on topics (stories of one subject, such as
     * two data breaches at one company, or a disaster and the weeks of relief after it) rather than on stories.
     */
    public static StoryModel shippedTopics() {
        return resource(TOPIC_RESOURCE);
    }

    private static final String TOPIC_RESOURCE = "/org/corroborate/cluster/topic-model.tsv";

    private static StoryModel resource(String resource) {
        try (InputStream in = StoryModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the model " + resource + " is missing from the jar");
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model; {@code name} names the input in error messages. */
    public static StoryModel read(InputStream in, String name) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> provenance = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("#")) {
                provenance.add(line.substring(1).strip());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            try {
                values.put(parts[0], Double.parseDouble(parts[1]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + ":" + number + ": expected NAME<TAB>NUMBER", e);
            }
        }
        double[] weights = new double[PairFeatures.NAMES.size() + 1];
        for (int k = 0; k < PairFeatures.NAMES.size(); k++) {
            Double w = values.get(PairFeatures.NAMES.get(k));
            if (w == null) {
                throw new IllegalArgumentException(name + ": no weight for feature " + PairFeatures.NAMES.get(k));
            }
            weights[k] = w;
        }
        if (!values.containsKey("bias") || !values.containsKey("threshold")) {
            throw new IllegalArgumentException(name + ": needs a bias and a threshold");
        }
        weights[PairFeatures.NAMES.size()] = values.get("bias");
        double threshold = values.get("threshold");
        double shortThreshold = values.getOrDefault("shortThreshold", threshold);
        return new StoryModel(weights, threshold, shortThreshold, values.getOrDefault("streamThreshold", threshold),
                values.getOrDefault("streamShortThreshold", shortThreshold), provenance);
    }

    public void write(Writer out) throws IOException {
        out.write("# corroborate story model: logistic regression over pair features (docs/clustering.md)\n");
        for (String line : provenance) {
            out.write("# " + line + "\n");
        }
        out.write(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
        out.write(String.format(Locale.ROOT, "shortThreshold\t%.4f%n", shortThreshold));
        out.write(String.format(Locale.ROOT, "streamThreshold\t%.4f%n", streamThreshold));
        out.write(String.format(Locale.ROOT, "streamShortThreshold\t%.4f%n", streamShortThreshold));
        for (int k = 0; k < PairFeatures.NAMES.size(); k++) {
            out.write(String.format(Locale.ROOT, "%s\t%.6f%n", PairFeatures.NAMES.get(k), weights[k]));
        }
        out.write(String.format(Locale.ROOT, "bias\t%.6f%n", weights[PairFeatures.NAMES.size()]));
        out.flush();
    }
}
