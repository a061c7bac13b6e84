package org.corroborate.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import org.corroborate.analyze.AnalysisListener;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.cluster.ArchiveClusterer;
import org.corroborate.cluster.ArticleProfile;
import org.corroborate.cluster.FeatureExtractor;
import org.corroborate.cluster.PairFeatures;
import org.corroborate.cluster.StoryClusterer;
import org.corroborate.cluster.StoryModel;
import org.corroborate.cluster.StreamingTopics;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.embed.Embedder;
import org.corroborate.ingest.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate cluster}: which articles report the same story, online, in order of publication. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Groups articles into stories as they arrive.",
                "Each article, in order of publication, joins the active story it most probably belongs to",
                "under the learned story model, or starts a new one. Prints one line per article: id and story.",
                "Inputs as for analyze (.txt, .html, .jsonl, .csv, feeds, directories, -)."},
        footer = {"", "Articles are put in time order within a buffer of --reorder articles, and a line is printed",
                "--reorder articles after its article was assigned, under the story it belongs to then (an",
                "article that belongs with two stories merges them). So an endless stream runs in bounded",
                "memory; stories quiet for --window-days leave the active pool.",
                "Exit status 1 when any input was rejected."})
final class ClusterCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { tsv, jsonl }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or - (standard input).")
    List<String> paths;

    @Option(names = "--format", defaultValue = "tsv", description = "Output: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--window-days", defaultValue = "30", description = "Days a story stays active without news: "
            + "a memory bound, since the model itself weighs the days between reports (default: ${DEFAULT-VALUE}).")
    double windowDays;

    @Option(names = "--reorder", defaultValue = "10000", description = "Articles buffered to sort by time "
            + "(default: ${DEFAULT-VALUE}).")
    int reorder;

    @Option(names = "--archive", description = "The whole input is known: cluster it at once with the learned story "
            + "model (average-link over pair probabilities), revisiting decisions as stories grow. Holds the input "
            + "in memory.")
    boolean archive;

    @Option(names = "--pairs", paramLabel = "FILE", description = "With --archive: write every scored pair of "
            + "articles (ids, probability of one story, features) as TSV, to see why articles were put together.")
    @OutputFile
    Path pairsFile;

    @Option(names = "--model", paramLabel = "FILE", description = "A story model from train cluster instead of the "
            + "shipped one.")
    Path model;

    @Option(names = "--topics", description = "Also group the stories into topics (stories of one subject: two "
            + "outbreaks in one region, a disaster and the weeks of relief after it), printed as a third column (TSV) "
            + "or a \"topic\" field (JSONL). Streaming: a story's topic as known when its line is printed.")
    boolean topics;

    @Option(names = "--topic-model", paramLabel = "FILE", description = "With --topics: a model from train cluster "
            + "on topic labels instead of the shipped topic model.")
    Path topicModel;

    /** Assigned articles not printed yet, oldest first. */
    private final java.util.ArrayDeque<Pending> assigned = new java.util.ArrayDeque<>();

    @Override
    public Integer call() throws IOException {
        if (!(windowDays > 0) || reorder < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--window-days must be above 0, --reorder at least 0");
        }
        if (pairsFile != null && !archive) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pairs needs --archive");
        }
        if (topicModel != null && !topics) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--topic-model needs --topics");
        }
        StoryModel storyModel = model(model, StoryModel::shipped);
        if (storyModel == null) {
            return Main.INPUT_REJECTED;
        }
        StoryModel topicsBy = topics ? model(topicModel, StoryModel::shippedTopics) : null;
        if (topics && topicsBy == null) {
            return Main.INPUT_REJECTED;
        }
        if (archive) {
            return archive(storyModel, topicsBy);
        }
        StoryClusterer clusterer = new StoryClusterer(storyModel,
                StoryClusterer.Config.DEFAULTS.withWindowDays(windowDays));
        StreamingTopics grouping = topics ? new StreamingTopics(clusterer, topicsBy) : null;
        Embedder embedder = new BgeSmallEmbedder();
        FeatureExtractor extractor = new FeatureExtractor();
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        Writer writer = format == Format.tsv ? new TsvWriter(out) : new JsonlWriter(out);
        PriorityQueue<Pending> buffer = new PriorityQueue<>(Comparator.comparingLong((Pending p) -> p.profile.time())
                .thenComparingLong(p -> p.sequence));
        List<Pending> toEmbed = new ArrayList<>();
        ProblemReport problems = new ProblemReport();
        long[] sequence = {0};
        Runnable embedBatch = () -> {
            if (!toEmbed.isEmpty()) {
                List<float[]> vectors = embedder.embed(toEmbed.stream().map(p -> p.text).toList());
                for (int i = 0; i < toEmbed.size(); i++) {
                    toEmbed.get(i).profile = toEmbed.get(i).profile.withEmbedding(vectors.get(i));
                }
            }
            buffer.addAll(toEmbed);
            toEmbed.clear();
            while (buffer.size() > reorder) {
                assign(clusterer, grouping, buffer.poll(), writer);
            }
        };
        new ArticleAnalyzer().analyzePaths(paths, new AnalysisListener() {
            @Override
            public void article(AnalyzedArticle article) {
                String published = article.cleaned().article().published().map(p -> p.dateTime()
                        .map(t -> t.toInstant().toString()).orElse(p.date().toString())).orElse(null);
                toEmbed.add(new Pending(extractor.profile(article), FeatureExtractor.embeddingText(article),
                        article.cleaned().title().orElse(""), article.cleaned().source().name(), published,
                        sequence[0]++));
                if (toEmbed.size() >= 64) {
                    embedBatch.run();
                }
            }

            @Override
            public void problem(InputProblem problem) {
                problems.accept(problem);
            }
        });
        embedBatch.run();
        while (!buffer.isEmpty()) {
            assign(clusterer, grouping, buffer.poll(), writer);
        }
        for (Pending done : assigned) {
            write(clusterer, grouping, done, writer);
        }
        writer.close();
        System.err.println("corroborate: " + Plural.count(writer.count(), "article") + " in "
                + Plural.count(clusterer.stories(), "story") + "; " + Plural.count(problems.rejected(), "input")
                + " rejected");
        return problems.rejected() > 0 ? Main.INPUT_REJECTED : 0;
    }

    /** The shipped model, or the one a file holds; null (with the reason printed) when that cannot be read. */
    private static StoryModel model(Path model, java.util.function.Supplier<StoryModel> shipped) {
        if (model == null) {
            return shipped.get();
        }
        try (java.io.InputStream in = Files.newInputStream(model)) {
            return StoryModel.read(in, model.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("corroborate: " + model + ": error: no such file");
        } catch (IOException e) {
            System.err.println("corroborate: " + model + ": error: cannot read the model: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            System.err.println("corroborate: error: " + e.getMessage());
        }
        return null;
    }

    private Integer archive(StoryModel storyModel, StoryModel topicModel) throws IOException {
        ProblemReport problems = new ProblemReport();
        List<Profiles.Read> read = Profiles.read(paths, new BgeSmallEmbedder(), problems);
        int[] stories;
        int[] topicOf = null;
        try (java.io.PrintWriter pairs = pairsFile == null ? null : new java.io.PrintWriter(
                Files.newBufferedWriter(pairsFile, StandardCharsets.UTF_8))) {
            if (pairs != null) {
                pairs.println("first\tsecond\tprobability\t" + String.join("\t", PairFeatures.NAMES));
            }
            ArchiveClusterer clusterer = new ArchiveClusterer(storyModel, (a, b, p, x) -> {
                if (pairs != null) {
                    StringBuilder line = new StringBuilder(a + "\t" + b + String.format(Locale.ROOT, "\t%.4f", p));
                    for (double v : x) {
                        line.append(String.format(Locale.ROOT, "\t%.4f", v));
                    }
                    pairs.println(line);
                }
            });
            PairFeatures features = PairFeatures.over(read.stream().map(Profiles.Read::profile).toList());
            if (topicModel == null) {
                stories = clusterer.cluster(features);
            } else {
                ArchiveClusterer.Topics grouped = clusterer.clusterWithTopics(features, topicModel);
                stories = grouped.stories();
                topicOf = grouped.topics();
            }
            if (pairs != null && pairs.checkError()) {
                System.err.println("corroborate: " + pairsFile + ": error: could not write every pair");
                return Main.INPUT_REJECTED;
            }
        }
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        Writer writer = format == Format.tsv ? new TsvWriter(out) : new JsonlWriter(out);
        for (int i = 0; i < read.size(); i++) {
            Profiles.Read r = read.get(i);
            Pending pending = new Pending(r.profile(), "", r.title(), r.source(), r.published(), i);
            pending.topic = topicOf == null ? 0 : topicOf[i] + 1;
            writer.write(pending, stories[i] + 1);
        }
        writer.close();
        String grouped = topicOf == null ? "" : " and " + Plural.count(java.util.Arrays.stream(topicOf).max()
                .orElse(-1) + 1, "topic");
        System.err.println("corroborate: " + Plural.count(read.size(), "article") + " in "
                + Plural.count(java.util.Arrays.stream(stories).max().orElse(-1) + 1, "story") + grouped
                + " (archive); " + Plural.count(problems.rejected(), "input") + " rejected");
        return problems.rejected() > 0 ? Main.INPUT_REJECTED : 0;
    }

    /**
     * Assigns an article and prints the one assigned {@code --reorder} articles before it, under the story it belongs
     * to now: stories that later articles show to be one are merged, and a line waits that long for it.
     */
    private void assign(StoryClusterer clusterer, StreamingTopics grouping, Pending pending, Writer writer) {
        pending.story = clusterer.assign(pending.profile);
        if (grouping != null) {
            // links are found among the active stories: look while this one is active, not only when printed
            grouping.topic(pending.story);
        }
        assigned.add(pending);
        while (assigned.size() > reorder) {
            write(clusterer, grouping, assigned.poll(), writer);
        }
    }

    /** Prints an assigned article under its story now and, with --topics, that story's topic as known now. */
    private static void write(StoryClusterer clusterer, StreamingTopics grouping, Pending done, Writer writer) {
        int story = clusterer.current(done.story);
        if (grouping != null) {
            done.topic = grouping.topic(story);
        }
        writer.write(done, story);
    }

    /** An article waiting for its embedding and its turn in time order. */
    private static final class Pending {
        ArticleProfile profile;
        final String text;
        final String title;
        final String source;
        /** When the input says the article was published; null when it does not. */
        final String published;
        final long sequence;
        int story;
        /** The topic printed after the story (--topics), or 0 for none. */
        int topic;

        Pending(ArticleProfile profile, String text, String title, String source, String published,
                long sequence) {
            this.profile = profile;
            this.text = text;
            this.title = title;
            this.source = source;
            this.published = published;
            this.sequence = sequence;
        }
    }

    private abstract static class Writer {
        private int count;

        final void write(Pending pending, int story) {
            count++;
            line(pending, story);
        }

        int count() {
            return count;
        }

        abstract void line(Pending pending, int story);

        abstract void close() throws IOException;
    }

    private static final class TsvWriter extends Writer {
        private final PrintStream out;

        TsvWriter(OutputStream stream) {
            this.out = new PrintStream(stream, false, StandardCharsets.UTF_8);
        }

        @Override
        void line(Pending pending, int story) {
            out.print(pending.profile.id().replace('\t', ' ').replace('\n', ' '));
            out.print('\t');
            if (pending.topic > 0) {
                out.print(story);
                out.print('\t');
                out.println(pending.topic);
            } else {
                out.println(story);
            }
        }

        @Override
        void close() {
            out.flush();
        }
    }

    private static final class JsonlWriter extends Writer {
        private final JsonGenerator json;
        private final OutputStream stream;

        JsonlWriter(OutputStream stream) throws IOException {
            this.stream = stream;
            this.json = new JsonFactory().createGenerator(stream);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setRootValueSeparator(null);
        }

        @Override
        void line(Pending pending, int story) {
            try {
                json.writeStartObject();
                json.writeStringField("id", pending.profile.id());
                json.writeNumberField("story", story);
                if (pending.topic > 0) {
                    json.writeNumberField("topic", pending.topic);
                }
                if (pending.published != null) {
                    json.writeStringField("published", pending.published);
                }
                json.writeStringField("source", pending.source);
                json.writeStringField("title", pending.title);
                json.writeEndObject();
                json.flush();
                stream.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void close() throws IOException {
            json.close();
            stream.flush();
        }
    }
}
