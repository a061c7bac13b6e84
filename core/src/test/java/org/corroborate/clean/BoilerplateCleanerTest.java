package org.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.corroborate.ingest.Article;
import org.corroborate.ingest.InputFormat;
import org.corroborate.ingest.Origin;
import org.corroborate.ingest.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateCleanerTest {
    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    private static Article article(String body) {
        return Article.of("a", body);
    }

    private static Article fromOutlet(String id, String outlet, String body) {
        return new Article(id, Origin.wholeFile(id), InputFormat.TEXT, Optional.of(new Source(outlet,
                Source.Basis.METADATA)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                body, List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "We rely on readers like you. Donate now from as little as £1.|DONATION_APPEAL",
        "Support independent journalism today|DONATION_APPEAL",
        "Subscribe now for unlimited digital access. Already a subscriber? Log in|SUBSCRIPTION_APPEAL",
        "Subscribe to the Greywick Herald for just 1 euro a month.|SUBSCRIPTION_APPEAL",
        "You have reached your limit of free articles. Subscribe to continue reading.|PAYWALL",
        "open image in gallery Two leaders shake hands in Paris ( AFP via Getty )|PHOTO_CAPTION",
        "The mayor at the harbour on Tuesday ( Reuters )|PHOTO_CAPTION",
        "Photo: Coastal Post|PHOTO_CAPTION",
        "Read more|READ_MORE",
        "READ MORE: How the bridge was built|READ_MORE",
        "Share this article|SHARE_PROMPT",
        "Facebook Twitter WhatsApp Email|SHARE_PROMPT",
        "Sign up to our free newsletter and get the top stories in your inbox|NEWSLETTER_PROMPT",
        "Follow Ines Okafor on Twitter @inesokafor.|NEWSLETTER_PROMPT",
        "\"Follow Tomas Novak on Instagram @tnovak.\"|NEWSLETTER_PROMPT",
        "Advertisement|ADVERTISEMENT",
        "Additional reporting by agencies|CREDIT_LINE",
        "Reporting by Leila Rahman; Editing by Piotr Kowalski|CREDIT_LINE",
        "(With inputs from PTI)|CREDIT_LINE",
        "By Maya Haddad and Tomas Novak|BYLINE",
    })
    void classifiesBoilerplateLines(String line, BoilerplateKind kind) {
        assertThat(BoilerplateCleaner.classify(line)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The charity said donations had doubled since the flood, and volunteers handed out food on Monday.",
        "Readers were asked to support the campaign, the newspaper's editor said.",
        "“We will not gamble with people's lives,” she told reporters outside City Hall on Monday evening.",
        "Ms Okafor told reporters the council \"will do what's needed\" when it comes to the ferries.",
        "By the end of the week, the council said, the ferry would run four extra crossings.",
        "Reuters reported that the ferry company plans to add a night crossing as early as next month.",
        "The company reported strong subscription growth, with 2 million subscribers at the end of March.",
        "Share prices fell 3% on Tuesday after the announcement.",
        "Customers can subscribe to the streaming plan for just 5 euros a month, the company said.",
        "Follow the money, the senator told reporters on Twitter.",
    })
    void keepsNewsSentences(String line) {
        assertThat(BoilerplateCleaner.classify(line)).isEmpty();
    }

    @Test
    void embeddedPostStaysAsTextAndIsMarkedWhileItsAttributionGoes() {
        CleanedArticle cleaned = cleaner.clean(article("He posted on Monday.\nDelighted to speak with my friend. "
                + "We are committed to peace.\n— Some Leader (@someleader) January 27, 2025\nThe call lasted an hour."));

        assertThat(cleaned.text()).isEqualTo("He posted on Monday.\n\nDelighted to speak with my friend. We are "
                + "committed to peace.\n\nThe call lasted an hour.");
        assertThat(cleaned.removed()).containsExactly(new RemovedBlock(BoilerplateKind.EMBEDDED_POST_ATTRIBUTION,
                "— Some Leader (@someleader) January 27, 2025"));
        EmbeddedPost post = cleaned.embeddedPosts().get(0);
        assertThat(cleaned.text().substring(post.start(), post.end()))
                .isEqualTo("Delighted to speak with my friend. We are committed to peace.");
        assertThat(post.author()).isEqualTo("Some Leader");
        assertThat(post.handle()).isEqualTo("@someleader");
        assertThat(post.date()).contains("January 27, 2025");
    }

    @Test
    void normalisesToNfcAndSingleSpacesButKeepsQuoteMarksAsWritten() {
        String decomposed = "Cafe\u0301 owner said “fine”  and 'ok'\u00A0 \"yes\".\u200B";

        CleanedArticle cleaned = cleaner.clean(article(decomposed));

        assertThat(cleaned.text()).isEqualTo("Café owner said “fine” and 'ok' \"yes\".");
    }

    @Test
    void outletNamedInItsOwnAppealBecomesTheSource() {
        CleanedArticle cleaned = cleaner.clean(article("Please support us. The Daily Planet is trusted by "
                + "readers everywhere. Your donation makes all the difference.\nThe news itself is here."));

        assertThat(cleaned.source()).isEqualTo(new Source("The Daily Planet", Source.Basis.TEXT));
        assertThat(cleaned.text()).isEqualTo("The news itself is here.");
    }

    @Test
    void withoutMetadataOrSelfNamingTheSourceIsTheFileName() {
        Article article = new Article("x", Origin.wholeFile("some/dir/harbour-times.txt"), InputFormat.TEXT,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                "Plain news text.", List.of());

        assertThat(cleaner.clean(article).source()).isEqualTo(new Source("harbour-times", Source.Basis.FILE_NAME));
    }

    @Test
    void linesRepeatedAcrossManyArticlesOfOneOutletAreRemoved() {
        RepeatedLines repeated = new RepeatedLines();
        String tagline = "The Valley Courier: your voice in the valley since 1921";
        List<Article> articles = List.of(
                fromOutlet("1", "Valley Courier", "Council votes on budget.\n" + tagline),
                fromOutlet("2", "Valley Courier", "Ferry adds crossings.\n" + tagline),
                fromOutlet("3", "Valley Courier", "School reopens after storm.\n" + tagline),
                fromOutlet("4", "Other Outlet", "Bridge closes.\n" + tagline));
        articles.forEach(a -> repeated.observe(a.source().orElseThrow().name(), a.body()));

        assertThat(cleaner.clean(articles.get(0), repeated).text()).isEqualTo("Council votes on budget.");
        assertThat(cleaner.clean(articles.get(0), repeated).removed())
                .containsExactly(new RemovedBlock(BoilerplateKind.REPEATED_LINE, tagline));
        assertThat(cleaner.clean(articles.get(3), repeated).text()).contains(tagline);
    }

    @Test
    void copiesOfOneArticleDoNotLoseTheirTextAsRepeatedLines() {
        RepeatedLines repeated = new RepeatedLines();
        String body = "The bridge closed on Monday.\nIt carries 40,000 commuters a day.\nIt reopens next month.";
        for (int i = 0; i < 4; i++) {
            repeated.observe("Wire", body);
        }

        CleanedArticle cleaned = cleaner.clean(fromOutlet("c", "Wire", body), repeated);

        assertThat(cleaned.text()).contains("The bridge closed on Monday.", "It reopens next month.");
    }

    @Test
    void anAppealPatternIsTriedOnlyOnLinesWithTheWordsItOpensWith() {
        assertThat(BoilerplateCleaner.Appeal.of("\\blog ?in to continue\\b").needle()).isEqualTo("log");
        assertThat(BoilerplateCleaner.Appeal.of("\\bsubscribers? only\\b").needle()).isEqualTo("subscriber");
        assertThat(BoilerplateCleaner.Appeal.of("\\bmake a (one-off |monthly )?contribution\\b").needle())
                .isEqualTo("make a ");
        assertThat(BoilerplateCleaner.Appeal.of("\\bDonat(e|ion)\\b").needle()).isEqualTo("donat");
        // the needle is found in the lower-cased line: a capitalised appeal is still one
        assertThat(BoilerplateCleaner.classify("Support us today: make a contribution from as little as $1."))
                .contains(BoilerplateKind.DONATION_APPEAL);
        assertThat(BoilerplateCleaner.classify("LOGIN TO CONTINUE. Already a subscriber? Free trial inside."))
                .contains(BoilerplateKind.SUBSCRIPTION_APPEAL);
    }

    @Test
    void wordsAreCountedAsSplittingOnSpacesCountsThem() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "ab  \t.";
        for (int n = 0; n < 2000; n++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = line.toString();
            assertThat(BoilerplateCleaner.words(text)).as("'%s'", text).isEqualTo(text.split(" ").length);
        }
    }
}
