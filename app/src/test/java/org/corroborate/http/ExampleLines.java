package org.corroborate.http;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.ingest.ArticleJson;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.ArticleSink;
import org.corroborate.testing.SharedData;

/** The project's examples as the JSON Lines body a client posts (what {@code corroborate ingest examples} sends). */
final class ExampleLines {
    private ExampleLines() {
    }

    static String body() {
        List<String> lines = new ArrayList<>();
        new ArticleReader().read(List.of(SharedData.repositoryRoot().resolve("examples").toString()),
                ArticleSink.of(article -> lines.add(ArticleJson.line(article)), problem -> {
                    throw new AssertionError(problem.toString());
                }));
        return String.join("\n", lines);
    }
}
