package app.onward.portal.browser;

import app.onward.infra.stack.OnwardStack;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser test: the portal runs in this JVM against the real stack ({@link RealOnward}), and Debian's Chromium,
 * driven by Playwright, uses it as a person would. Every browser test class extends this one, so they share one
 * Spring context and one stack.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class BrowserTest {

    public static final String DEMO_PASSWORD = "Onward-demo-1";

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<int[]> SCREEN_SIZES = List.of(new int[]{390, 844}, new int[]{1280, 800});

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    private BrowserContext otherContext;
    protected Page page;

    @DynamicPropertySource
    static void realOnward(DynamicPropertyRegistry properties) {
        OnwardStack stack = RealOnward.stack();
        properties.add("server.port", () -> RealOnward.PORTAL_PORT);
        properties.add("onward.backend-url", stack::backendGraphqlUrl);
        properties.add("onward.portal-client-secret", () -> OnwardStack.DEV_PORTAL_CLIENT_SECRET);
        // Short enough for a test to see the idle sign-out happen, long enough for the other tests never to.
        properties.add("onward.young-person-idle-sign-out", () -> "30s");
        properties.add("vaadin.heartbeatInterval", () -> "5");
    }

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        playwright.close();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        if (otherContext != null) {
            otherContext.close();
            otherContext = null;
        }
    }

    /**
     * A second browser, with cookies of its own, at desktop width: another person (or the same person on another
     * computer) working at the same time as {@link #page}. Closed after the test.
     */
    protected Page anotherBrowser() {
        if (otherContext != null) {
            otherContext.close();
        }
        otherContext = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(SCREEN_SIZES.getLast()[0], SCREEN_SIZES.getLast()[1]));
        return otherContext.newPage();
    }

    /** A fresh browser, as on a phone nobody has used Onward on yet. */
    protected Page newPage(Browser.NewContextOptions options) {
        closePage();
        context = browser.newContext(options.setViewportSize(SCREEN_SIZES.getLast()[0], SCREEN_SIZES.getLast()[1]));
        page = context.newPage();
        return page;
    }

    protected Page newPage() {
        return newPage(new Browser.NewContextOptions());
    }

    protected static String portal(String path) {
        return RealOnward.portalUrl() + path;
    }

    /** Signs in through the authority's real Keycloak login page and waits for the home page the portal chose. */
    protected void signInAs(String username) {
        signIn(page, username);
    }

    /** {@link #signInAs} in another browser ({@link #anotherBrowser}). */
    protected static void signIn(Page browser, String username) {
        String authority = username.substring(0, username.indexOf('.'));
        browser.navigate(portal("/" + authority + "/sign-in"));
        browser.locator("#username").fill(username);
        browser.locator("#password").fill(DEMO_PASSWORD);
        browser.locator("#kc-login").click();
        browser.waitForURL(url -> url.startsWith(RealOnward.portalUrl()) && !url.contains("/login/oauth2/"));
        browser.locator("h1").waitFor();
    }

    /** Screenshots of the current page at phone and desktop width, for people to look at: target/screenshots. */
    /** A young person on a phone, 390 px wide, signed in. */
    protected void onAPhoneAs(String username) {
        newPage();
        page.setViewportSize(390, 844);
        signInAs(username);
    }

    /** The young person's "Leave this site quickly" button, on every one of their pages. */
    protected Locator quickExit() {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Leave this site quickly"));
    }

    protected void takeScreenshots(String name) {
        for (int[] size : SCREEN_SIZES) {
            page.setViewportSize(size[0], size[1]);
            page.locator("h1").waitFor();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(name + "-" + size[0] + "x" + size[1] + ".png"))
                    .setFullPage(true));
        }
    }

    protected void assertNoSeriousAccessibilityProblems() {
        List<Rule> serious = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> Set.of("serious", "critical").contains(rule.getImpact()))
                .toList();
        assertThat(serious)
                .as("serious or critical accessibility problems on %s", page.url())
                .extracting(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .isEmpty();
    }
}
