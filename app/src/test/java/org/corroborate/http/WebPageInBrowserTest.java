package org.corroborate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.cluster.StoryModel;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.store.JdbcStore;
import org.corroborate.store.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web page as a reader uses it, in Debian's Chromium driven by Playwright (no browser is downloaded): the story
 * list, a search typed and sent by keyboard, a story, and a citation opened on its evidence. Screenshots stay in
 * target/browser for a person to look at.
 */
class WebPageInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String TOKEN = "browser-test-token-0123456789";

    @TempDir
    Path dir;

    @Test
    void listSearchStoryAndEvidence() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: skipping the browser test of the page");
        String examples = ExampleLines.body();
        Path shots = Files.createDirectories(Path.of("target", "browser"));
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("web.db"));
             SearchIndex index = new SearchIndex(dir.resolve("index"));
             CorroborateServer server = new CorroborateServer(store, Optional.of(index), new BgeSmallEmbedder(),
                     StoryModel.shipped(), new CorroborateServer.Config("127.0.0.1", 0, TOKEN, 1 << 20, 60_000,
                     false)).start()) {
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                    + "/api/articles")).header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(examples)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).isEqualTo(200);
            server.flushBriefs();
            index.refresh();

            try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                 Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                         .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(List.of("--no-sandbox",
                                 "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                                 "--disable-sync", "--no-first-run")))) {
                Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844));
                List<String> consoleErrors = new ArrayList<>();
                page.onConsoleMessage(m -> {
                    if (m.type().equals("error")) {
                        consoleErrors.add(m.text());
                    }
                });
                page.navigate(base + "/");
                assertThat(page.locator("ol.stories > li").count()).isEqualTo(2);
                page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("server-list.png"))
                        .setFullPage(true));

                // by keyboard: the search box, words, Enter
                page.locator("#q").focus();
                page.keyboard().type("girder");
                page.keyboard().press("Enter");
                page.waitForURL("**/search?q=girder**");
                Locator result = page.locator("ol.stories > li > a").first();
                assertThat(result.textContent()).containsIgnoringCase("bridge");

                result.click();
                page.waitForURL("**/stories/*");
                assertThat(page.locator("h1").first().textContent()).containsIgnoringCase("bridge");
                Locator citation = page.locator("div.summary details.cite").first();
                assertThat(citation.getAttribute("open")).isNull();
                citation.locator("summary").click();
                assertThat(citation.getAttribute("open")).isNotNull();
                Locator evidence = citation.locator("mark").first();
                assertThat(evidence.isVisible()).isTrue();
                assertThat(evidence.textContent()).isNotBlank();
                page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("server-story-evidence.png"))
                        .setFullPage(true));
                assertThat(Files.size(shots.resolve("server-story-evidence.png"))).isGreaterThan(10_000);
                assertThat(consoleErrors).as("the page logs no errors (a CSP violation would show here)").isEmpty();
            }
        }
    }
}
