package dev.fidelio.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium, headless, driven by Playwright. Playwright's own browser download is switched off: the browser is
 * the system's (installed by CI), and the test is skipped (or fails in CI) when it is not installed.
 */
public final class Chromium implements AutoCloseable {

    private static final List<String> ARGUMENTS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts the browser with the usual arguments and {@code extraArguments}. */
    public static Chromium launch(String... extraArguments) {
        ExternalTool chromium = ExternalTool.require("chromium");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            List<String> arguments = new ArrayList<>(ARGUMENTS);
            arguments.addAll(List.of(extraArguments));
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium.executable())
                    .setArgs(arguments));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
