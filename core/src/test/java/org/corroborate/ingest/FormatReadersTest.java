package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.clean.BoilerplateKind;
import org.corroborate.clean.RemovedBlock;
import org.corroborate.testing.Collected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages, JSON Lines and feeds, each read into articles with their metadata. */
class FormatReadersTest {
    @TempDir
    Path dir;

    private Collected read(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        Collected collected = new Collected();
        new ArticleReader().read(List.of(file.toString()), collected);
        return collected;
    }

    @Test
    void htmlPageGivesMainContentAndMetadataFromJsonLd() throws IOException {
        String html = "<html><head><title>Page | Site</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
                + "\"WebSite\",\"name\":\"x\"},{\"@type\":\"NewsArticle\",\"headline\":\"Bridge closes\","
                + "\"datePublished\":\"2026-03-10T08:15:00+01:00\",\"author\":[{\"name\":\"Ana Ruiz\"},"
                + "{\"name\":\"Bo Li\"}],\"publisher\":{\"name\":\"Coastal Post\"}}]}</script></head><body>"
                + "<nav>Home News Sport</nav><div class=\"story\"><h1>Bridge closes</h1>"
                + "<p>The bridge closed on Monday after inspectors found a crack in a girder, officials said today.</p>"
                + "<figure><img src=a.jpg><figcaption>The bridge at dawn. Photo: Agency</figcaption></figure>"
                + "<p>It carries 40,000 commuters a day and is expected to reopen next month, the council said.</p>"
                + "<script>alert('x')</script></div><footer>Copyright Coastal Post</footer></body></html>";

        Article article = read("page.html", html).articles.get(0);

        assertThat(article.title()).contains("Bridge closes");
        assertThat(article.byline()).contains("Ana Ruiz, Bo Li");
        assertThat(article.published().orElseThrow().iso()).isEqualTo("2026-03-10T08:15:00+01:00");
        assertThat(article.source()).contains(new Source("Coastal Post", Source.Basis.METADATA));
        assertThat(article.body()).isEqualTo("The bridge closed on Monday after inspectors found a crack in a "
                + "girder, officials said today.\nIt carries 40,000 commuters a day and is expected to reopen next "
                + "month, the council said.\n");
        assertThat(article.removedAtIngest()).containsExactly(
                new RemovedBlock(BoilerplateKind.PHOTO_CAPTION, "The bridge at dawn. Photo: Agency"));
    }

    @Test
    void captionsAnHtmlReaderDroppedTravelInTheJsonLineAndAreReadBack() throws IOException {
        String html = "<html><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1>"
                + "<p>The bridge closed on Monday after inspectors found a crack in a girder, officials said today.</p>"
                + "<figure><img src=a.jpg><figcaption>The bridge at dawn. Photo: Agency</figcaption></figure>"
                + "<p>It carries 40,000 commuters a day and is expected to reopen next month, the council said.</p>"
                + "</article></body></html>";
        Article page = read("page.html", html).articles.get(0);
        String line = ArticleJson.line(page);
        assertThat(line).contains("\"removed\":[{\"kind\":\"photo caption\",\"text\":\"The bridge at dawn.");

        Article again = read("sent.jsonl", line + "\n").articles.get(0);
        assertThat(again.body()).isEqualTo(page.body());
        assertThat(again.removedAtIngest()).as("what the server analyses holds the caption analyze shows")
                .isEqualTo(page.removedAtIngest());
        // a kind it does not know, or a block without text, is left out; a "removed" that is not a list is ignored
        Collected odd = read("odd.jsonl", "{\"id\":\"a\",\"text\":\"Some text.\",\"removed\":[{\"kind\":\"x\","
                + "\"text\":\"y\"},{\"kind\":\"photo caption\"},{\"kind\":\"byline\",\"text\":\"By Ana\"}]}\n"
                + "{\"id\":\"b\",\"text\":\"More text.\",\"removed\":\"<b>\"}\n");
        assertThat(odd.articles.get(0).removedAtIngest()).containsExactly(
                new RemovedBlock(BoilerplateKind.BYLINE, "By Ana"));
        assertThat(odd.articles.get(1).removedAtIngest()).isEmpty();
        // a headline whose page's text was all removed keeps what was removed
        Collected headline = read("headline.jsonl", "{\"id\":\"h\",\"title\":\"Bridge closes\",\"removed\":"
                + "[{\"kind\":\"photo caption\",\"text\":\"The bridge at dawn.\"}]}\n");
        assertThat(headline.articles.get(0).removedAtIngest()).containsExactly(
                new RemovedBlock(BoilerplateKind.PHOTO_CAPTION, "The bridge at dawn."));
    }

    @Test
    void htmlMetaTagsWhenThereIsNoJsonLd() throws IOException {
        String html = "<html><head><meta property=\"og:title\" content=\"OG title\">"
                + "<meta property=\"og:site_name\" content=\"Valley Courier\">"
                + "<meta property=\"article:published_time\" content=\"2026-03-11\">"
                + "<meta name=\"author\" content=\"Maya Haddad\"></head>"
                + "<body><article><p>Some article text that is long enough to be the content of the page, "
                + "with more words about the bridge and the ferry and the council and the mayor.</p>"
                + "<p>Another paragraph with even more words about the bridge closure and what comes next.</p>"
                + "</article></body></html>";

        Article article = read("p.html", html).articles.get(0);

        assertThat(article.title()).contains("OG title");
        assertThat(article.byline()).contains("Maya Haddad");
        assertThat(article.published().orElseThrow().iso()).isEqualTo("2026-03-11");
        assertThat(article.source().orElseThrow().name()).isEqualTo("Valley Courier");
    }

    @Test
    void embeddedTweetKeepsThePostTextAndItsAttributionLine() throws IOException {
        String html = "<html><body><article><p>The council posted an update about the closed bridge on its account "
                + "this evening, and many residents shared it.</p><blockquote class=\"twitter-tweet\"><p>The bridge"
                + " is closed.</p>&mdash; Port Council (@PortCouncil) <a href=\"x\">March 9, 2026</a></blockquote>"
                + "<p>More text follows here about the bridge and what the council plans to do next week.</p>"
                + "</article></body></html>";

        Article article = read("t.html", html).articles.get(0);

        assertThat(article.body()).contains("The bridge is closed.\n— Port Council (@PortCouncil) March 9, 2026\n");
    }

    @Test
    void jsonLinesFieldsAndHtmlBodies() throws IOException {
        Collected collected = read("a.jsonl",
                "{\"id\": \"w1\", \"source\": \"Meridian Wire\", \"url\": \"https://m.example/1\", \"title\": \"T1\","
                        + " \"published\": \"2026-03-10T06:40:00Z\", \"text\": \"Line one.\\nLine two.\"}\n"
                        + "\n"
                        + "{\"id\": 7, \"url\": \"https://www.valley.example/x\", \"html\": \"<p>Para <b>one</b>."
                        + "</p><p>Para two.</p>\"}\n"
                        + "{\"id\": \"h\", \"title\": \"Only a headline\"}\n");

        assertThat(collected.problems).isEmpty();
        List<Article> articles = collected.articles;
        assertThat(articles).extracting(Article::id).containsExactly("w1", "7", "h");
        assertThat(articles.get(0).source()).contains(new Source("Meridian Wire", Source.Basis.METADATA));
        assertThat(articles.get(0).published().orElseThrow().dateTime()).isPresent();
        assertThat(articles.get(0).body()).isEqualTo("Line one.\nLine two.");
        assertThat(articles.get(0).origin()).isEqualTo(new Origin(dir.resolve("a.jsonl").toString(), 1));
        assertThat(articles.get(1).body()).isEqualTo("Para one.\nPara two.\n");
        assertThat(articles.get(1).source()).contains(new Source("valley.example", Source.Basis.URL));
        assertThat(articles.get(2).headlineOnly()).isTrue();
    }

    @Test
    void unreadablePublishedDateIsAWarningNotARejection() throws IOException {
        Collected collected = read("d.jsonl", "{\"id\": \"x\", \"published\": \"last Tuesday\", \"text\": \"T.\"}\n");

        assertThat(collected.articles).hasSize(1);
        assertThat(collected.articles.get(0).published()).isEmpty();
        assertThat(collected.problems).singleElement().satisfies(p -> {
            assertThat(p.rejected()).isFalse();
            assertThat(p.message()).contains("last Tuesday");
        });
    }

    @Test
    void itemsWithoutGuidOrLinkKeepTheirIdsWhenTheFeedShiftsThem() throws IOException {
        String head = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>";
        String one = "<item><title>Ferry crews walk out</title></item>";
        String two = "<item><title>Harbour crane repaired</title></item>";
        String three = "<item><title>Council meets on Monday</title></item>";
        Collected before = read("f.rss", head + one + two + "</channel></rss>");
        Collected after = read("f.rss", head + three + one + two + "</channel></rss>");

        java.util.Map<String, String> idOf = new java.util.HashMap<>();
        before.articles.forEach(a -> idOf.put(a.title().orElseThrow(), a.id()));
        after.articles.stream().filter(a -> idOf.containsKey(a.title().orElseThrow()))
                .forEach(a -> assertThat(a.id()).isEqualTo(idOf.get(a.title().orElseThrow())));
        assertThat(after.articles).extracting(Article::id).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void rssItemsWithGuidsAndHeadlineOnlyItems() throws IOException {
        Collected collected = read("f.rss", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                + "<channel><title>Eastbank Gazette</title><link>https://e.example/</link><description>d</description>"
                + "<item><title>Traders fear losses</title><link>https://e.example/1</link>"
                + "<guid isPermaLink=\"false\">guid-1</guid><pubDate>Tue, 10 Mar 2026 11:30:00 GMT</pubDate>"
                + "<description><![CDATA[<p>Shop owners worry.</p><p>Share this</p>]]></description></item>"
                + "<item><title>Report on Friday</title><link>https://e.example/2</link></item>"
                + "</channel></rss>");

        assertThat(collected.articles).extracting(Article::id).containsExactly("guid-1", "https://e.example/2");
        Article first = collected.articles.get(0);
        assertThat(first.source()).contains(new Source("Eastbank Gazette", Source.Basis.METADATA));
        assertThat(first.published().orElseThrow().iso()).isEqualTo("2026-03-10T11:30:00Z");
        assertThat(first.body()).isEqualTo("Shop owners worry.\nShare this\n");
        assertThat(first.format()).isEqualTo(InputFormat.RSS);
        assertThat(collected.articles.get(1).headlineOnly()).isTrue();
    }

    @Test
    void atomEntries() throws IOException {
        Collected collected = read("f.atom", "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbour Times</title>"
                + "<id>urn:ht</id><updated>2026-03-10T12:00:00Z</updated>"
                + "<entry><title>Bridge shut</title><id>urn:ht:1</id><link href=\"https://ht.example/1\"/>"
                + "<updated>2026-03-10T12:00:00Z</updated><content type=\"html\">&lt;p&gt;Closed on Monday."
                + "&lt;/p&gt;</content></entry></feed>");

        assertThat(collected.problems).isEmpty();
        Article entry = collected.articles.get(0);
        assertThat(entry.id()).isEqualTo("urn:ht:1");
        assertThat(entry.format()).isEqualTo(InputFormat.ATOM);
        assertThat(entry.body()).isEqualTo("Closed on Monday.\n");
        assertThat(entry.url()).contains("https://ht.example/1");
    }

    @Test
    void rss1WithNamespacedContentAndAFeedBrokenPartWay() throws IOException {
        Collected rdf = read("r.rdf.xml", "<?xml version=\"1.0\"?><rdf:RDF "
                + "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:content=\"http://purl.org/rss/1.0/modules/"
                + "content/\"><channel rdf:about=\"https://v.example/\"><title>Valley Courier</title><link>https://"
                + "v.example/</link><description>d</description></channel><item rdf:about=\"https://v.example/1\">"
                + "<title>Ferry adds crossings</title><link>https://v.example/1</link><dc:date>2026-03-11T08:00:00Z"
                + "</dc:date><content:encoded><![CDATA[<p>Four more a day.</p>]]></content:encoded></item></rdf:RDF>");

        assertThat(rdf.problems).isEmpty();
        assertThat(rdf.articles).singleElement().satisfies(a -> {
            assertThat(a.title()).contains("Ferry adds crossings");
            assertThat(a.body()).isEqualTo("Four more a day.\n");
            assertThat(a.source().orElseThrow().name()).isEqualTo("Valley Courier");
            assertThat(a.published().orElseThrow().date()).hasToString("2026-03-11");
        });

        Collected broken = read("broken.rss", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n"
                + "<title>T</title>\n<item><title>One</title></item>\n<item><title>Two</title></item>\n"
                + "<item><title>Three</item>\n</channel></rss>\n");

        assertThat(broken.articles).extracting(a -> a.title().orElseThrow()).containsExactly("One", "Two");
        assertThat(broken.errors()).singleElement().satisfies(p -> {
            assertThat(p.origin().line()).isEqualTo(6);
            assertThat(p.message()).contains("malformed feed").contains("2 items before it were read");
        });
    }

    @Test
    void csvRowsWithAHeaderInAnyCaseAndQuotedCommas() throws IOException {
        Collected collected = read("h.csv", "ID,TITLE,URL,PUBLISHER,TIMESTAMP\n"
                + "1,\"Bridge shut, ferries busy\",https://e.example/1,Eastbank Gazette,1394470370698\n"
                + "2,Council to publish report,https://www.v.example/2,,\n"
                + "3,,,,\n");

        assertThat(collected.articles).extracting(Article::id).containsExactly("1", "2");
        Article first = collected.articles.get(0);
        assertThat(first.title()).contains("Bridge shut, ferries busy");
        assertThat(first.source().orElseThrow().name()).isEqualTo("Eastbank Gazette");
        assertThat(first.published().orElseThrow().iso()).isEqualTo("2014-03-10T16:52:50.698Z");
        assertThat(first.headlineOnly()).isTrue();
        assertThat(collected.articles.get(1).source().orElseThrow().name()).isEqualTo("v.example");
        assertThat(collected.errors()).singleElement().satisfies(p -> {
            assertThat(p.origin().line()).isEqualTo(4);
            assertThat(p.message()).contains("no title and no text");
        });
    }
}
