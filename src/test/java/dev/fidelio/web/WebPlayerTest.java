package dev.fidelio.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ColorScheme;

import dev.fidelio.index.LibraryScanner;
import dev.fidelio.index.ScanRuns;
import dev.fidelio.index.Scans;
import dev.fidelio.testsupport.Api;
import dev.fidelio.testsupport.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The web player end to end: headless Chromium against the running server on the sample library, as a listener
 * would use it. Screenshots of the main pages are written to target/web-player-screenshots.
 */
@QuarkusTest
class WebPlayerTest {

    private static final Path SCREENSHOTS = Path.of("target", "web-player-screenshots");
    private static final double TIMEOUT_MS = 60_000;
    /** Whether the element that plays is playing, and where. */
    private static final String PLAYING = """
            () => { const a = [...document.querySelectorAll('audio[data-player]')].find(e => !e.paused && !e.ended);
                    return a ? a.currentTime : -1; }""";

    private static Chromium chromium;

    @TestHTTPResource("/")
    URL base;

    @Inject
    LibraryScanner scanner;

    @Inject
    ScanRuns runs;

    @BeforeAll
    static void launch() {
        // The machine may be busy: what the page shows is waited for as long as anything else.
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void indexed() {
        Scans.awaitIdle(scanner, runs);
    }

    @Test
    void logInPlayAnAlbumAndGoOnToAQueuedTrackWithoutAGap() {
        Page page = logIn(Api.ADMIN, Api.ADMIN_PASSWORD, desktop());
        screenshot(page, "home");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Albums").setExact(true)).click();
        assertThat(page.locator(".album-card").first()).isVisible();
        screenshot(page, "albums");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lanterns Over Water")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lanterns Over Water"))).isVisible();
        assertThat(page.locator(".track .badge").first()).hasText("FLAC 16/44.1");
        screenshot(page, "album");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play album Lanterns Over Water").setExact(true)).click();
        assertThat(nowPlaying(page)).hasText("Harbour Lights");
        double first = waitUntilPlaying(page);
        page.waitForFunction("t => (" + PLAYING + ")() > t + 0.5", first, new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));

        // The album's last track, then a track queued behind it: the player loads it ahead and changes without a gap.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play Coda").setExact(true)).click();
        assertThat(nowPlaying(page)).hasText("Coda");
        waitUntilPlaying(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add Harbour Lights to the queue")).click();
        page.waitForFunction("() => [...document.querySelectorAll('audio[data-player]')].some(a => a.paused && a.currentTime === 0 "
                + "&& a.getAttribute('src') && a.readyState === 4)", null, new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
        page.evaluate("""
                () => { window.handover = {};
                  document.querySelectorAll('audio[data-player]').forEach(a => {
                    a.addEventListener('ended', () => {
                      const next = [...document.querySelectorAll('audio[data-player]')].find(o => o !== a);
                      window.handover.ended = performance.now(); window.handover.nextReady = next.readyState; });
                    a.addEventListener('playing', () => {
                      if (window.handover.ended !== undefined) window.handover.playing = performance.now(); }); }); }""");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play").setExact(true)).click();
        page.waitForFunction("() => window.handover.playing !== undefined", null, new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
        @SuppressWarnings("unchecked")
        Map<String, Number> handover = (Map<String, Number>) page.evaluate("() => window.handover");
        assertThat(handover.get("nextReady").intValue()).as("the next track was buffered when the first ended").isEqualTo(4);
        assertThat(handover.get("playing").doubleValue() - handover.get("ended").doubleValue())
                .as("milliseconds between the end of one track and the start of the next").isLessThan(250);
        assertThat(nowPlaying(page)).hasText("Harbour Lights");
        double second = waitUntilPlaying(page);
        page.waitForFunction("t => (" + PLAYING + ")() > t + 0.3", second, new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signal path")).click();
        assertThat(page.locator(".signal-steps").first()).containsText("sent unchanged (bit-perfect)");
        screenshot(page, "signal-path");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queue").setExact(true)).click();
        assertThat(page.locator(".queue-entry")).hasCount(7);
        screenshot(page, "queue");

        // The queue and its place survive a reload.
        page.reload();
        assertThat(nowPlaying(page)).hasText("Harbour Lights");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Queue").setExact(true)).click();
        assertThat(page.locator(".queue-entry")).hasCount(7);
        assertThat(page.locator(".queue-current")).containsText("Harbour Lights");
        page.context().close();
    }

    @Test
    void searchFindsNamesWithoutTheirDiacritics() {
        Page page = logIn(Api.ADMIN, Api.ADMIN_PASSWORD, desktop());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        page.getByLabel("Search the library").fill("dvorak");
        Locator artists = page.locator("section[aria-labelledby=search-artists]");
        assertThat(artists).containsText("Antonín Dvořák");
        assertThat(page.locator("section[aria-labelledby=search-albums]")).containsText("Dvořák: Symphony No. 9");
        screenshot(page, "search");
        page.getByLabel("Search the library").fill("jokulsarlon");
        assertThat(page.locator("section[aria-labelledby=search-albums]")).containsText("Jökulsárlón");
        page.context().close();
    }

    @Test
    void aComposersWorkListsItsPerformances() {
        Page page = logIn(Api.ADMIN, Api.ADMIN_PASSWORD, desktop());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Composers").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Antonín Dvořák")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Symphony No. 9 in E minor, Op. 95")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Performances"))).isVisible();
        Locator performances = page.locator(".performance");
        assertThat(performances.filter(new Locator.FilterOptions().setHasText("Margarethe Lindqvist"))).hasCount(1);
        assertThat(performances.filter(new Locator.FilterOptions().setHasText("Tomáš Hrubý"))).hasCount(1);
        screenshot(page, "work");
        performances.filter(new Locator.FilterOptions().setHasText("Margarethe Lindqvist"))
                .locator(".play-buttons .button-primary").click();
        assertThat(nowPlaying(page)).isVisible();
        waitUntilPlaying(page);
        page.context().close();
    }

    @Test
    void anAdministratorStartsAScanAndWatchesItsProgress() {
        Page page = logIn(Api.ADMIN, Api.ADMIN_PASSWORD, desktop());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration")).click();
        Locator status = page.locator(".scan-status");
        assertThat(status).isVisible();
        int before = Integer.parseInt(status.getAttribute("data-scan-id"));
        // Every phase the page shows, as it shows it.
        page.evaluate("""
                () => { window.phases = [];
                  new MutationObserver(() => { const s = document.querySelector('.scan-status');
                    if (s) window.phases.push(s.dataset.scanId + ':' + s.dataset.scanPhase); })
                  .observe(document.querySelector('.content'), { subtree: true, attributes: true, childList: true }); }""");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Full scan")).click();
        page.waitForFunction("b => { const s = document.querySelector('.scan-status'); "
                + "return Number(s.dataset.scanId) > b && s.dataset.scanPhase === 'finished'; }", before,
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
        @SuppressWarnings("unchecked")
        List<String> phases = ((List<String>) page.evaluate("() => window.phases")).stream().distinct().toList();
        String scan = status.getAttribute("data-scan-id");
        assertThat(phases).as("phases shown").contains(scan + ":finished")
                .anyMatch(p -> p.startsWith(scan + ":") && !p.endsWith(":finished"));
        assertThat(page.locator(".scan-files")).hasText(java.util.regex.Pattern.compile("^([1-9]\\d*) / \\1 files$"));
        screenshot(page, "admin-scan");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(Api.ADMIN).setExact(true)).first()).isVisible();
        screenshot(page, "admin-users");
        page.context().close();
    }

    @Test
    void aListenerSeesNoAdministration() {
        Api.createUser("web-listener", "web-listener-password", "user");
        Page page = logIn("web-listener", "web-listener-password", desktop());
        Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Library"));
        assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Albums"))).isVisible();
        assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administration"))).hasCount(0);
        page.navigate(base + "#/admin/users");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not allowed"))).isVisible();
        assertThat(page.locator("table")).hasCount(0);
        page.context().close();
    }

    @Test
    void onAPhoneTheMenuOpensAndMusicPlays() {
        Page page = logIn(Api.ADMIN, Api.ADMIN_PASSWORD, new Browser.NewContextOptions().setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true).setColorScheme(ColorScheme.DARK));
        Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Library"));
        assertThat(nav).isHidden();
        screenshot(page, "phone-home-dark");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
        nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Albums")).click();
        assertThat(nav).isHidden();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jökulsárlón")).first().click();
        assertThat(page.locator(".track").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play album Jökulsárlón").setExact(true)).click();
        waitUntilPlaying(page);
        screenshot(page, "phone-album-dark");
        page.context().close();
    }

    private static Browser.NewContextOptions desktop() {
        return new Browser.NewContextOptions().setViewportSize(1280, 800);
    }

    private Page logIn(String username, String password, Browser.NewContextOptions options) {
        BrowserContext context = chromium.browser().newContext(options);
        context.setDefaultTimeout(TIMEOUT_MS);
        Page page = context.newPage();
        // What the page reports goes to the test's output, next to the failure it may explain.
        page.onPageError(error -> System.out.println("web player error: " + error));
        page.onConsoleMessage(message -> System.out.println("web player console: " + message.type() + " " + message.text()));
        page.navigate(base.toString());
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Home"))).isVisible();
        return page;
    }

    private static Locator nowPlaying(Page page) {
        return page.getByTestId("now-playing-title");
    }

    /** Waits until an audio element plays and returns where it is. */
    private static double waitUntilPlaying(Page page) {
        page.waitForFunction("() => (" + PLAYING + ")() >= 0", null, new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
        return ((Number) page.evaluate(PLAYING)).doubleValue();
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
