package org.corroborate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.corroborate.analyze.AnalysisConfig;
import org.corroborate.analyze.AnalysisListener;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.brief.Briefs;
import org.corroborate.brief.StoryBrief;
import org.corroborate.ingest.Article;

/**
 * The front door of the library. Each method delegates to a pipeline built with default settings; build an
 * {@link ArticleAnalyzer} with an {@link AnalysisConfig} for other settings.
 */
public final class Corroborate {
    private static final String VERSION = loadVersion();

    private Corroborate() {
    }

    /** Cleans, splits and de-duplicates articles already in memory. */
    public static List<AnalyzedArticle> analyze(List<Article> articles) {
        return new ArticleAnalyzer().analyze(articles);
    }

    /** Reads and analyses files, directories and {@code -}, streaming the results to the listener. */
    public static void analyzePaths(List<String> paths, AnalysisListener listener) {
        new ArticleAnalyzer().analyzePaths(paths, listener);
    }

    /**
     * The cross-checked brief of articles in memory, all taken as one story. Needs the embedding model (module
     * corroborate-embed) on the class path.
     */
    public static StoryBrief brief(List<Article> articles) {
        return Briefs.withDefaults().briefs(analyze(articles), true).get(0);
    }

    /** Briefs of articles in memory, grouped into stories first. */
    public static List<StoryBrief> briefs(List<Article> articles) {
        return Briefs.withDefaults().briefs(analyze(articles), false);
    }

    /** This build's version, e.g. {@code 0.1.0}. */
    public static String version() {
        return VERSION;
    }

    private static String loadVersion() {
        try (InputStream in = Corroborate.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
