package org.chemsafe.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's headless Chromium driven by Playwright for Java; Playwright's own browser download is never used. One
 * browser serves every journey of the test JVM ({@link #shared()}); each test opens its own browser context.
 * Tests that need it are skipped, saying why, where Chromium is not installed (`.ci/run` installs it).
 */
final class BrowserSession implements AutoCloseable {

    private static BrowserSession shared;

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSession() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    /** The browser of this JVM, started on first use and closed when the JVM exits. */
    static synchronized BrowserSession shared() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian chromium is not installed at /usr/bin/chromium "
                + "(apt-get install -y chromium fonts-wqy-microhei, as .ci/run does)");
        if (shared == null) {
            shared = new BrowserSession();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "browser-shutdown"));
        }
        return shared;
    }

    Browser browser() {
        return browser;
    }

    static Path screenshot(String name) {
        return SCREENSHOTS.resolve(name + ".png");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
