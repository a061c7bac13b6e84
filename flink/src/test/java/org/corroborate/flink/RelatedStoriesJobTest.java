package org.corroborate.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.corroborate.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's briefs list the related stories of their topic as the server's do: two earthquakes twelve days apart
 * in two countries (three reports of one, two of the other) are two stories of one topic, and a tram line opening
 * between them is a story of its own. The second earthquake's story finds the first one; the first one had no
 * related story when its own articles were assigned, so it lists the second only because the job lists it again
 * when the second names it.
 */
class RelatedStoriesJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void twoEarthquakesListEachOtherAndTheTramLineListsNeither() throws Exception {
        String input = Path.of(RelatedStoriesJobTest.class.getResource("two-earthquakes.jsonl").toURI()).toString();
        String db = temp.resolve("related.db").toString();
        JobRuns.run(JobConfig.of(List.of(input), db).withCheckpointMillis(500), 2, UnaryOperator.identity());

        Map<String, String> stories = JobRuns.stored(db);
        assertThat(stories).hasSize(7);
        String peru = stories.get("andes-wire-quake");
        String turkey = stories.get("aegean-herald-quake");
        String tram = stories.get("tram-gazette");
        assertThat(List.of(stories.get("lima-daily-quake"), stories.get("pacific-post-quake"))).containsOnly(peru);
        assertThat(stories.get("anatolia-news-quake")).isEqualTo(turkey);
        assertThat(stories.get("tram-courier")).isEqualTo(tram);
        assertThat(List.of(peru, turkey, tram)).as("three stories").doesNotHaveDuplicates();

        Store store = SharedStores.acquire(db);
        try {
            assertThat(related(store, peru)).as("the first earthquake lists the second").containsExactly(turkey);
            assertThat(related(store, turkey)).as("the second earthquake lists the first").containsExactly(peru);
            assertThat(related(store, tram)).as("the tram line is of no earthquake's topic").isEmpty();
            assertThat(store.latestBrief(Long.parseLong(peru)).orElseThrow().html())
                    .contains("Related stories: <a href=\"/stories/" + turkey + "\">");
            for (String story : List.of(peru, turkey, tram)) {
                assertThat(store.versions(Long.parseLong(story))).as("one brief of story %s", story).hasSize(1);
            }
        } finally {
            SharedStores.release(db);
        }
    }

    /** The related stories of a story's latest stored brief, as its JSON lists them. */
    static List<String> related(Store store, String story) throws Exception {
        JsonNode brief = JSON.readTree(store.latestBrief(Long.parseLong(story)).orElseThrow().json());
        return java.util.stream.StreamSupport.stream(brief.at("/stories/0/relatedStories").spliterator(), false)
                .map(JsonNode::asText).toList();
    }
}
