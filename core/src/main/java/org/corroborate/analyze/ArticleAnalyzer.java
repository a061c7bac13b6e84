package org.corroborate.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.corroborate.clean.BoilerplateCleaner;
import org.corroborate.clean.CleanedArticle;
import org.corroborate.clean.RepeatedLines;
import org.corroborate.dedupe.DuplicateDetector;
import org.corroborate.extract.Extraction;
import org.corroborate.extract.entity.EntityCandidate;
import org.corroborate.extract.entity.EntityMention;
import org.corroborate.extract.entity.EntityRecognizer;
import org.corroborate.extract.entity.EntityResolver;
import org.corroborate.extract.quantity.Quantity;
import org.corroborate.extract.quote.Quote;
import org.corroborate.extract.quote.QuoteExtractor;
import org.corroborate.extract.quantity.QuantityExtractor;
import org.corroborate.extract.time.ReferenceDate;
import org.corroborate.extract.time.TimeExpression;
import org.corroborate.extract.time.TimeExtractor;
import org.corroborate.ingest.Article;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.ArticleSink;
import org.corroborate.ingest.InputProblem;
import org.corroborate.ingest.Source;
import org.corroborate.text.Language;
import org.corroborate.text.LanguageIdentifier;
import org.corroborate.text.PosTagger;
import org.corroborate.text.Sentence;
import org.corroborate.text.SentenceSplitter;

/**
 * The analysis pipeline: read, clean, identify the language, split sentences, detect duplicates. Articles flow in
 * batches so memory stays flat on any input size; a batch is cleaned and split on several threads while the next one
 * is read, and results come out in input order. One analyzer may run many analyses, one at a time; the models it uses are shared.
 */
public final class ArticleAnalyzer {
    private final AnalysisConfig config;
    private final ArticleReader reader;
    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final PosTagger tagger = new PosTagger();
    private final TimeExtractor times = new TimeExtractor();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final EntityRecognizer entities = new EntityRecognizer();
    private final EntityResolver resolver = new EntityResolver();
    private final QuoteExtractor quotes = new QuoteExtractor();
    /** Runs before each article's analysis: nothing, except in tests that make one article fail. */
    private volatile java.util.function.Consumer<CleanedArticle> beforeEach = cleaned -> { };

    public ArticleAnalyzer(AnalysisConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.reader = new ArticleReader(config.reader());
    }

    public ArticleAnalyzer() {
        this(AnalysisConfig.DEFAULTS);
    }

    public AnalysisConfig config() {
        return config;
    }

    /** Reads and analyses files, directories and {@code -} (standard input), streaming results to the listener. */
    public void analyzePaths(List<String> paths, AnalysisListener listener) {
        Run run = new Run(listener);
        try {
            reader.read(paths, run);
            run.finish();
        } finally {
            run.close();
        }
    }

    /** Reads and analyses the paths into a list (for inputs that fit in memory), problems to the consumer. */
    public List<AnalyzedArticle> analyzeAll(List<String> paths, java.util.function.Consumer<InputProblem> problems) {
        List<AnalyzedArticle> results = new ArrayList<>();
        analyzePaths(paths, new AnalysisListener() {
            @Override
            public void article(AnalyzedArticle article) {
                results.add(article);
            }

            @Override
            public void problem(InputProblem problem) {
                problems.accept(problem);
            }
        });
        return results;
    }

    /**
     * Analyses articles already in memory (the library's entry point), one result per article, in order.
     *
     * @throws IllegalStateException when an article cannot be analysed (a fault of Corroborate's, named in the
     *     message); the streaming entry points report such an article as a problem and go on with the others
     */
    public List<AnalyzedArticle> analyze(List<Article> articles) {
        return analyze(articles, problem -> {
            throw new IllegalStateException(problem.toString());
        });
    }

    /**
     * Analyses articles already in memory; an article whose analysis fails (a fault of Corroborate's) is left out
     * and told to {@code faults} as an error naming it, and the others are analysed. In input order.
     */
    public List<AnalyzedArticle> analyze(List<Article> articles, java.util.function.Consumer<InputProblem> faults) {
        List<AnalyzedArticle> results = new ArrayList<>();
        Run run = new Run(new AnalysisListener() {
            @Override
            public void article(AnalyzedArticle article) {
                results.add(article);
            }

            @Override
            public void problem(InputProblem problem) {
                // articles in memory have no input problems; a fault in the analysis of one is the only error
                if (problem.rejected()) {
                    faults.accept(problem);
                }
            }
        });
        try {
            articles.forEach(run::article);
            run.finish();
        } finally {
            run.close();
        }
        return results;
    }

    /**
     * The articles of one story with their names resolved across the story (a batch of the analysis holds unrelated
     * articles, across which only unambiguous names were resolved): "Modi" in one report takes the "Narendra Modi"
     * of another. Extraction runs again as a whole when one of them had its reference date inferred from the other
     * articles of the input: those may be other stories, so it is inferred from this story's articles instead.
     * Returns a single article unchanged.
     */
    public List<AnalyzedArticle> reextractStory(List<AnalyzedArticle> story) {
        boolean inferred = story.stream().anyMatch(a -> a.extraction().reference()
                .filter(r -> r.basis() == ReferenceDate.Basis.OTHER_ARTICLES).isPresent());
        if (inferred) {
            return extractAll(story);
        }
        return story.size() < 2 ? story : resolveNames(story);
    }

    /** Names found again in each article (with the times it has) and resolved across the articles, then quotes. */
    private List<AnalyzedArticle> resolveNames(List<AnalyzedArticle> story) {
        return resolvedWithQuotes(story, story.stream().parallel()
                .map(a -> entities.recognize(a.text(), a.sentences(), a.extraction().times()))
                .collect(Collectors.toList()));
    }

    /** For tests: {@code check} runs before each article's analysis and may throw to stand for a fault. */
    ArticleAnalyzer beforeEach(java.util.function.Consumer<CleanedArticle> check) {
        this.beforeEach = Objects.requireNonNull(check, "check");
        return this;
    }

    /** Analyses one cleaned article, without duplicate detection. Thread-safe. */
    AnalyzedArticle analyzeCleaned(CleanedArticle cleaned) {
        beforeEach.accept(cleaned);
        List<String> notes = new ArrayList<>();
        String forLanguage = cleaned.text().isEmpty() ? cleaned.title().orElse("") : cleaned.text();
        Language language = languages.identify(forLanguage);
        if (!language.english()) {
            notes.add(String.format(java.util.Locale.ROOT,
                    "not English (%s, confidence %.2f): sentences and tokens not produced", language.code(),
                    language.confidence()));
            return new AnalyzedArticle(cleaned, language, List.of(), Extraction.NONE, Optional.empty(), notes);
        }
        if (cleaned.article().headlineOnly()) {
            notes.add("headline only: the input gave a title and no text");
        }
        List<Sentence> sentences = tagger.tag(cleaned.text(), splitter.split(cleaned.text()));
        return new AnalyzedArticle(cleaned, language, sentences, Extraction.NONE, Optional.empty(), notes);
    }

    /** Finds time expressions, figures and names, given the article's reference date. Thread-safe. */
    Extracted extract(AnalyzedArticle article, Optional<ReferenceDate> reference) {
        String text = article.text();
        List<TimeExpression> times = this.times.extract(text, reference);
        List<Quantity> quantities = this.quantities.extract(text, article.sentences(), times);
        List<EntityCandidate> names = entities.recognize(text, article.sentences(), times);
        return new Extracted(article.withExtraction(new Extraction(reference, List.of(), List.of(), quantities,
                times)), names);
    }

    /** An article with its names still to be resolved with those of the other articles. */
    record Extracted(AnalyzedArticle article, List<EntityCandidate> names) {
    }

    /**
     * Extraction for a batch: per article on the pool, then the names of all articles resolved together, then
     * quotes (whose speakers are resolved names).
     */
    List<AnalyzedArticle> extractAll(List<AnalyzedArticle> analyzed) {
        List<Optional<ReferenceDate>> references = referenceDates(analyzed);
        List<Extracted> extracted = IntStream.range(0, analyzed.size()).parallel()
                .mapToObj(i -> extract(analyzed.get(i), references.get(i)))
                .collect(Collectors.toList());
        return resolvedWithQuotes(extracted.stream().map(Extracted::article).collect(Collectors.toList()),
                extracted.stream().map(Extracted::names).collect(Collectors.toList()));
    }

    /**
     * The articles with their names (one list of candidates per article) resolved together, then their quotes,
     * whose speakers are resolved names: the last steps of {@link #extractAll} and of {@link #reextractStory}.
     */
    private List<AnalyzedArticle> resolvedWithQuotes(List<AnalyzedArticle> articles,
                                                     List<List<EntityCandidate>> names) {
        List<List<EntityMention>> mentions = resolver.resolve(names);
        return IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> {
                    AnalyzedArticle article = articles.get(i);
                    List<Quote> found = quotes.extract(article.text(), article.sentences(), mentions.get(i),
                            article.cleaned().embeddedPosts());
                    return article.withExtraction(article.extraction().withEntitiesAndQuotes(mentions.get(i), found));
                })
                .collect(Collectors.toList());
    }

    /**
     * The reference date of each article of a batch: its publication date; else the latest date its text gives
     * for something past; else the median publication date of the batch's other articles.
     */
    List<Optional<ReferenceDate>> referenceDates(List<AnalyzedArticle> batch) {
        List<LocalDate> published = new ArrayList<>();
        for (AnalyzedArticle article : batch) {
            article.cleaned().article().published().ifPresent(p -> published.add(p.date()));
        }
        Collections.sort(published);
        Optional<LocalDate> median = published.isEmpty() ? Optional.empty()
                : Optional.of(published.get((published.size() - 1) / 2));
        // the dates of texts without a publication date are looked for on every thread of the pool
        List<Optional<ReferenceDate>> references = IntStream.range(0, batch.size()).parallel().mapToObj(i -> {
            AnalyzedArticle article = batch.get(i);
            Optional<ReferenceDate> reference = article.cleaned().article().published()
                    .map(p -> new ReferenceDate(p.date(), ReferenceDate.Basis.PUBLISHED));
            if (reference.isEmpty()) {
                reference = times.explicitDates(article.text()).stream().max(LocalDate::compareTo)
                        .map(d -> new ReferenceDate(d, ReferenceDate.Basis.LATEST_DATE_IN_TEXT));
            }
            if (reference.isEmpty()) {
                reference = median.map(d -> new ReferenceDate(d, ReferenceDate.Basis.OTHER_ARTICLES));
            }
            return reference;
        }).collect(Collectors.toList());
        return references;
    }

    /**
     * Runs each stage over all the articles in turn on the calling thread and returns the nanoseconds of CPU time
     * each took (of wall time where the JVM cannot measure a thread's CPU time), in pipeline order: where the time
     * goes. CPU time, since other processes on a shared machine stretch wall time by up to 2x. For benchmarks;
     * results are discarded.
     */
    public Map<String, Long> profileStages(List<Article> articles) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        long t = cpuNanos();
        List<CleanedArticle> cleaned = articles.stream().map(cleaner::clean).collect(Collectors.toList());
        t = lap(nanos, "clean", t);
        cleaned.forEach(c -> languages.identify(c.text()));
        t = lap(nanos, "language", t);
        List<List<Sentence>> split = cleaned.stream().map(c -> splitter.split(c.text())).collect(Collectors.toList());
        t = lap(nanos, "sentences+tokens", t);
        List<List<Sentence>> tagged = IntStream.range(0, cleaned.size())
                .mapToObj(i -> tagger.tag(cleaned.get(i).text(), split.get(i))).collect(Collectors.toList());
        t = lap(nanos, "pos tags", t);
        List<List<TimeExpression>> timeLists = cleaned.stream()
                .map(c -> times.extract(c.text(), c.article().published()
                        .map(p -> new ReferenceDate(p.date(), ReferenceDate.Basis.PUBLISHED))))
                .collect(Collectors.toList());
        t = lap(nanos, "times", t);
        IntStream.range(0, cleaned.size())
                .forEach(i -> quantities.extract(cleaned.get(i).text(), tagged.get(i), timeLists.get(i)));
        t = lap(nanos, "quantities", t);
        List<List<EntityCandidate>> names = IntStream.range(0, cleaned.size())
                .mapToObj(i -> entities.recognize(cleaned.get(i).text(), tagged.get(i), timeLists.get(i)))
                .collect(Collectors.toList());
        t = lap(nanos, "entities", t);
        List<List<EntityMention>> mentions = resolver.resolve(names);
        t = lap(nanos, "entity resolution", t);
        IntStream.range(0, cleaned.size()).forEach(i -> quotes.extract(cleaned.get(i).text(), tagged.get(i),
                mentions.get(i), cleaned.get(i).embeddedPosts()));
        t = lap(nanos, "quotes", t);
        DuplicateDetector detector = new DuplicateDetector(config.dedupe());
        cleaned.forEach(c -> detector.register(c.id(), c.title().orElse("") + "\n" + c.text()));
        lap(nanos, "duplicates", t);
        return nanos;
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static long lap(Map<String, Long> nanos, String stage, long start) {
        long now = cpuNanos();
        nanos.put(stage, now - start);
        return now;
    }

    /** The state of one analysis run: the current batch, repeated lines, duplicates and ids seen. */
    private final class Run implements ArticleSink {
        private final AnalysisListener listener;
        private final List<Article> batch = new ArrayList<>();
        private final RepeatedLines repeated = new RepeatedLines();
        private final DuplicateDetector duplicates = new DuplicateDetector(config.dedupe());
        /** Where each recent id was first seen, to warn about ids used twice; bounded like the duplicate window. */
        private final Map<String, String> firstSeenAt = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > config.dedupe().capacity();
            }
        };
        private final ForkJoinPool pool = new ForkJoinPool(config.threads());
        private Future<List<Fingerprinted>> pending;

        Run(AnalysisListener listener) {
            this.listener = listener;
        }

        @Override
        public void article(Article article) {
            batch.add(article);
            if (batch.size() >= config.batchSize()) {
                flush();
            }
        }

        @Override
        public void problem(InputProblem problem) {
            listener.problem(problem);
        }

        void finish() {
            flush();
            emit();
        }

        /** Stops the run's threads, whether it finished or a listener threw. */
        void close() {
            pool.shutdownNow();
        }

        /**
         * Hands the batch to the pool and returns to reading while it is processed; the batch before it is emitted
         * first, so that counting repeated lines (which the cleaning threads read) never runs during cleaning.
         */
        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<Article> articles = List.copyOf(batch);
            batch.clear();
            emit();
            for (Article article : articles) {
                article.source().map(Source::name).ifPresent(outlet -> repeated.observe(outlet, article.body()));
            }
            pending = pool.submit(() -> analyzeBatch(articles));
        }

        /**
         * Analyses a batch, in input order. A fault of ours in one article (an exception, or a regular expression
         * that overflows the stack) costs that article alone: it comes back as a fault, and the others are
         * extracted together as a batch, with the dates and names they share.
         */
        private List<Fingerprinted> analyzeBatch(List<Article> articles) {
            Fingerprinted[] done = new Fingerprinted[articles.size()];
            AnalyzedArticle[] cleaned = new AnalyzedArticle[articles.size()];
            IntStream.range(0, articles.size()).parallel().forEach(i -> {
                try {
                    cleaned[i] = analyzeCleaned(cleaner.clean(articles.get(i), repeated));
                } catch (RuntimeException | StackOverflowError fault) {
                    done[i] = new Fingerprinted(articles.get(i), fault);
                }
            });
            List<Integer> survivors = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                if (done[i] == null) {
                    survivors.add(i);
                }
            }
            List<AnalyzedArticle> extracted = extractTogether(survivors, cleaned, articles, done);
            IntStream.range(0, extracted.size()).parallel().forEach(k -> {
                int i = survivors.get(k);
                try {
                    done[i] = fingerprinted(extracted.get(k));
                } catch (RuntimeException | StackOverflowError fault) {
                    done[i] = new Fingerprinted(articles.get(i), fault);
                }
            });
            return List.of(done);
        }

        /**
         * {@link #extractAll} over the survivors; when it fails, each is tried alone to find the articles at fault
         * (marked in {@code done} and taken out of {@code survivors}), and the rest are extracted together again.
         */
        private List<AnalyzedArticle> extractTogether(List<Integer> survivors, AnalyzedArticle[] cleaned,
                                                      List<Article> articles, Fingerprinted[] done) {
            try {
                return extractAll(survivors.stream().map(i -> cleaned[i]).toList());
            } catch (RuntimeException | StackOverflowError batchFault) {
                List<AnalyzedArticle> alone = new ArrayList<>();
                for (java.util.Iterator<Integer> it = survivors.iterator(); it.hasNext(); ) {
                    int i = it.next();
                    try {
                        alone.add(extractAll(List.of(cleaned[i])).get(0));
                    } catch (RuntimeException | StackOverflowError fault) {
                        done[i] = new Fingerprinted(articles.get(i), fault);
                        it.remove();
                    }
                }
                try {
                    return extractAll(survivors.stream().map(i -> cleaned[i]).toList());
                } catch (RuntimeException | StackOverflowError stillFailing) {
                    return alone; // a fault only of articles together: each as extracted alone
                }
            }
        }

        /** Waits for the batch in the pool and passes its articles on in input order. */
        private void emit() {
            if (pending == null) {
                return;
            }
            List<Fingerprinted> analyzed;
            try {
                analyzed = pending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("analysis interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                        : new IllegalStateException(e.getCause());
            } finally {
                pending = null;
            }
            for (Fingerprinted fingerprinted : analyzed) {
                if (fingerprinted.fault() != null) {
                    listener.problem(InputProblem.error(fingerprinted.failed().origin(), "article '"
                            + fingerprinted.failed().id() + "' could not be analysed (" + fingerprinted.fault()
                            + "); skipped. This is a fault of Corroborate's: please report it with the input"));
                    continue;
                }
                AnalyzedArticle result = fingerprinted.article();
                String previous = firstSeenAt.putIfAbsent(result.id(), result.cleaned().article().origin().toString());
                if (previous != null) {
                    listener.problem(InputProblem.warning(result.cleaned().article().origin(),
                            "id '" + result.id() + "' was already used at " + previous));
                }
                listener.article(result.withDuplicateOf(duplicates.register(result.id(),
                        fingerprinted.fingerprint())));
            }
        }

        private Fingerprinted fingerprinted(AnalyzedArticle article) {
            String forDuplicates = article.cleaned().title().orElse("") + "\n" + article.text();
            return new Fingerprinted(article, duplicates.fingerprint(forDuplicates));
        }
    }

    /** An analysed article with its fingerprint, or an article whose analysis failed with the fault. */
    private record Fingerprinted(AnalyzedArticle article, DuplicateDetector.Fingerprint fingerprint, Article failed,
                                 Throwable fault) {
        Fingerprinted(AnalyzedArticle article, DuplicateDetector.Fingerprint fingerprint) {
            this(article, fingerprint, null, null);
        }

        Fingerprinted(Article failed, Throwable fault) {
            this(null, null, failed, fault);
        }
    }
}
