package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every store must do, run against SQLite ({@link SqliteStoreTest}) and PostgreSQL ({@link PostgresStoreTest}):
 * the same migrations, queries and transactions.
 */
abstract class StoreContract {
    /** The store named {@code name}: the same database each time it is opened with that name. */
    abstract JdbcStore open(String name);

    private static StoredArticle article(String id, long seq, long story, String source, String url) {
        return new StoredArticle(id, seq, story, source, Optional.ofNullable(url), Optional.of("Title " + id),
                Optional.of("2026-03-10"), "hash-" + id, Optional.empty(), 1000 + seq, "{\"id\":\"" + id + "\"}",
                "{}", "{}");
    }

    @Test
    void articlesStoriesAndBriefVersionsSurviveReopening() {
        try (JdbcStore store = open("reopened")) {
            store.add(article("a", 1, 1, "Harbour Times", "https://h.example/a"), "Bridge closed");
            store.add(article("b", 2, 1, "Coastal Post", null), "Bridge closed");
            store.add(article("c", 3, 2, "Harbour Times", null), "Teachers strike");
            assertThat(store.addBrief(1, 5000, 2, "Kestrel Bridge closed", 3, "{\"v\":1}", "<p>1</p>")).isEqualTo(1);
            assertThat(store.addBrief(1, 6000, 2, "Kestrel Bridge closed", 4, "{\"v\":2}", "<p>2</p>")).isEqualTo(2);
        }
        try (JdbcStore store = open("reopened")) {
            assertThat(store.articleCount()).isEqualTo(3);
            assertThat(store.nextSeq()).isEqualTo(4);
            assertThat(store.contains("b")).isTrue();
            assertThat(store.sameContent("https://h.example/a", "hash-a")).contains("a");
            StorySummary bridge = store.story(1).orElseThrow();
            assertThat(bridge.articles()).isEqualTo(2);
            assertThat(bridge.sources()).isEqualTo(2);
            assertThat(bridge.headline()).isEqualTo("Kestrel Bridge closed");
            assertThat(bridge.briefVersion()).isEqualTo(2);
            assertThat(store.latestBrief(1).orElseThrow().json()).isEqualTo("{\"v\":2}");
            assertThat(store.brief(1, 1).orElseThrow().html()).isEqualTo("<p>1</p>");
            assertThat(store.versions(1)).extracting(BriefVersion::version).containsExactly(2, 1);
            List<String> replayed = new ArrayList<>();
            store.replay(a -> replayed.add(a.id()));
            assertThat(replayed).containsExactly("a", "b", "c");
            assertThat(store.sources()).first().satisfies(e -> {
                assertThat(e.getKey()).isEqualTo("Harbour Times");
                assertThat(e.getValue()).isEqualTo(2L);
            });
        }
    }

    @Test
    void storyListsFilterSortAndPage() {
        try (JdbcStore store = open("lists")) {
            store.add(article("a", 1, 1, "Harbour Times", null), "Bridge closed after crack");
            store.add(article("b", 2, 2, "Coastal Post", null), "Teachers vote to strike");
            store.add(article("c", 3, 2, "Valley Courier", null), "Teachers vote to strike");
            store.add(article("d", 4, 3, "Coastal Post", null), "Ferry 100% late_again");

            assertThat(store.stories(StoryQuery.newest(1))).extracting(StorySummary::id).containsExactly(3L, 2L, 1L);
            StoryQuery largest = new StoryQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), StoryQuery.Order.LARGEST, 1, 1);
            assertThat(store.stories(largest)).extracting(StorySummary::id).containsExactly(2L);
            StoryQuery words = new StoryQuery(Optional.of("BRIDGE crack"), Optional.empty(), Optional.empty(),
                    Optional.empty(), StoryQuery.Order.NEWEST, 1, 20);
            assertThat(store.stories(words)).extracting(StorySummary::id).containsExactly(1L);
            StoryQuery percent = new StoryQuery(Optional.of("100%"), Optional.empty(), Optional.empty(),
                    Optional.empty(), StoryQuery.Order.NEWEST, 1, 20);
            assertThat(store.stories(percent)).extracting(StorySummary::id).containsExactly(3L);
            StoryQuery source = new StoryQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of("Valley Courier"), StoryQuery.Order.NEWEST, 1, 20);
            assertThat(store.stories(source)).extracting(StorySummary::id).containsExactly(2L);
            assertThat(store.stories(new StoryQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), StoryQuery.Order.NEWEST, 2, 2))).extracting(StorySummary::id)
                    .containsExactly(1L);
        }
    }

    @Test
    void headlineWordsMatchWhateverTheirCase() {
        try (JdbcStore store = open("accents")) {
            store.add(article("e", 1, 4, "Coastal Post", null), "ZÜRICH Talks Resume");
            store.add(article("f", 2, 5, "Coastal Post", null), "Bridge closed");
            StoryQuery accented = new StoryQuery(Optional.of("zürich"), Optional.empty(), Optional.empty(),
                    Optional.empty(), StoryQuery.Order.NEWEST, 1, 20);
            assertThat(store.stories(accented)).extracting(StorySummary::id).containsExactly(4L);
            store.addBrief(5, 3000, 1, "ÉCLUSE Reopens", 0, "{}", "");
            StoryQuery renamed = new StoryQuery(Optional.of("écluse"), Optional.empty(), Optional.empty(),
                    Optional.empty(), StoryQuery.Order.NEWEST, 1, 20);
            assertThat(store.stories(renamed)).extracting(StorySummary::id).containsExactly(5L);
        }
    }

    @Test
    void mergingMovesArticlesAndRecounts() {
        try (JdbcStore store = open("merge")) {
            store.add(article("a", 1, 1, "Harbour Times", null), "One");
            store.add(article("b", 2, 2, "Coastal Post", null), "Two");
            store.merge(2, 1);
            assertThat(store.story(2)).isEmpty();
            assertThat(store.story(1).orElseThrow().articles()).isEqualTo(2);
            assertThat(store.articlesOf(1)).extracting(StoredArticle::id).containsExactly("a", "b");
        }
    }

    @Test
    void anArticleAndTheMergesItCausedAreStoredTogether() {
        try (JdbcStore store = open("merged-with")) {
            store.add(article("a", 1, 1, "Harbour Times", null), "One");
            store.add(article("b", 2, 2, "Coastal Post", null), "Two");
            store.add(article("c", 3, 1, "Valley Courier", null), "One", List.of(new long[] {2, 1}));
            assertThat(store.story(2)).isEmpty();
            assertThat(store.story(1).orElseThrow().articles()).isEqualTo(3);
            assertThat(store.story(1).orElseThrow().sources()).isEqualTo(3);
            assertThat(store.storiesWithoutBrief()).containsExactly(1L);
            // a merge that cannot be written takes its article with it
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.add(article("a", 4, 1, "Other", null),
                    "One", List.of(new long[] {1, 9}))).isInstanceOf(StoreException.class);
            assertThat(store.story(1).orElseThrow().articles()).isEqualTo(3);
        }
    }

    @Test
    void aRequestsArticlesAreStoredAndLoggedInOneTransactionOrNotAtAll() {
        try (JdbcStore store = open("batch")) {
            store.add(List.of(new Store.Addition(article("a", 1, 1, "Harbour Times", null), "One", List.of(), "r:1"),
                    new Store.Addition(article("b", 2, 2, "Coastal Post", null), "Two", List.of(), "r:2"),
                    new Store.Addition(article("c", 3, 1, "Valley Courier", null), "One", List.of(new long[] {2, 1}),
                            "r:3")), List.of(new LogEntry(1000, "r:4", Optional.of("a"), "duplicate",
                    Optional.of("already stored as a"))));
            assertThat(store.articleCount()).isEqualTo(3);
            assertThat(store.story(2)).isEmpty();
            assertThat(store.story(1).orElseThrow().articles()).isEqualTo(3);
            assertThat(store.log(10)).extracting(LogEntry::origin).containsExactlyInAnyOrder("r:1", "r:2", "r:3", "r:4");
            // the second article's id is taken: the first is not stored either, nor logged
            assertThatThrownBy(() -> store.add(List.of(
                    new Store.Addition(article("d", 4, 3, "Other", null), "Three", List.of(), "s:1"),
                    new Store.Addition(article("a", 5, 3, "Other", null), "Three", List.of(), "s:2")),
                    List.of(new LogEntry(1000, "s:3", Optional.empty(), "rejected", Optional.of("bad JSON")))))
                    .isInstanceOf(StoreException.class);
            assertThat(store.articleCount()).isEqualTo(3);
            assertThat(store.contains("d")).isFalse();
            assertThat(store.log(10)).hasSize(4);
        }
    }

    @Test
    void theSameIdTwiceIsRefusedAndTheFirstIsKept() {
        try (JdbcStore store = open("twice")) {
            store.add(article("a", 1, 1, "Harbour Times", null), "One");
            assertThatThrownBy(() -> store.add(article("a", 2, 1, "Other", null), "One"))
                    .isInstanceOf(StoreException.class);
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.story(1).orElseThrow().articles()).isEqualTo(1);
        }
    }

    @Test
    void feedsAreSubscribedPolledAndDropped() {
        try (JdbcStore store = open("feeds")) {
            long id = store.addFeed("https://news.example/rss", 900, 1000);
            assertThatThrownBy(() -> store.addFeed("https://news.example/rss", 60, 2000))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already subscribed");
            store.feedPolled(id, 3000, Optional.of("\"v1\""), Optional.empty(), "200: 3 items, 3 new", 3);
            Feed feed = store.feed(id).orElseThrow();
            assertThat(feed.etag()).contains("\"v1\"");
            assertThat(feed.articles()).isEqualTo(3);
            assertThat(feed.lastStatus()).contains("200: 3 items, 3 new");
            long other = store.addFeed("https://other.example/atom", 60, 4000);
            assertThat(store.feeds()).extracting(Feed::id).containsExactly(id, other);
            assertThat(store.deleteFeed(id)).isTrue();
            assertThat(store.deleteFeed(id)).isFalse();
            assertThat(store.feeds()).extracting(Feed::id).containsExactly(other);
        }
    }
}
