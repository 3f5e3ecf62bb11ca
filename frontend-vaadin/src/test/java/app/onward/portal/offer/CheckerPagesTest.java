package app.onward.portal.offer;

import app.onward.portal.browser.BrowserTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed-out entitlement checker, as a young person uses it on a phone with JavaScript off: the questions
 * Northmoor's rules need (date of birth, category, education and work, home), then what they can get.
 */
class CheckerPagesTest extends BrowserTest {

    private static final String DATE_OF_BIRTH = "What is your date of birth?";
    private static final String CATEGORY = "Which of these describes you?";
    private static final String EDUCATION_AND_WORK = "Are you doing any of these?";
    private static final String HOME = "Which of these are true about where you live?";
    private static final String RESULT = "What you can get";

    /** Twenty, and not near a birthday: every age rule is clear-cut. */
    private static final LocalDate TWENTY = LocalDate.now(ZoneId.of("Europe/London")).minusYears(20).minusDays(10);

    @Test
    void shouldTellAFormerRelevantTwentyYearOldMovingIntoTheirOwnHomeWhatTheyCanGet() {
        startWithJavaScriptOff("northmoor");
        assertThat(page.locator("h1")).hasText("Check what you can get from Northmoor City Council");
        assertThat(page.locator("main")).containsText("There are 4 questions");
        assertThat(page.locator("main")).containsText("We do not ask your name.");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
        expectQuestion(DATE_OF_BIRTH, 1);
        enterDateOfBirth(TWENTY);
        continueOn();
        expectQuestion(CATEGORY, 2);
        page.getByLabel("I'm 18 or over and was in care at 16 or 17").check();
        continueOn();
        expectQuestion(EDUCATION_AND_WORK, 3);
        page.getByLabel("None of these").check();
        continueOn();
        expectQuestion(HOME, 4);
        page.getByLabel("I'm moving into a home of my own").check();
        continueOn();

        assertThat(page.locator("h1")).containsText(RESULT);
        assertThat(page.locator(".onward-checked")).containsText("Checked on");
        assertThat(page.locator(".onward-checked")).containsText("of Northmoor City Council's offer");
        expectUnder(".onward-applies", "setting-up-home-allowance", "free-wifi", "personal-adviser",
                "shared-accommodation-rate-exemption", "universal-credit-before-eighteen",
                // Not ticking "I live outside the council's area" on an answered page says they live in it.
                "council-tax-exemption", "leisure-pass");
        assertThat(page.locator(".onward-may-apply")).hasCount(0);
        expectUnder(".onward-does-not-apply", "higher-education-bursary", "sixteen-to-nineteen-bursary",
                "apprenticeship-bursary", "staying-put");

        Locator councilTax = page.locator(".onward-applies article").filter(new Locator.FilterOptions()
                .setHas(page.locator("a[href='/northmoor/offer/council-tax-exemption']")));
        assertThat(councilTax.locator(".onward-until")).containsText("You can get this until "
                + TWENTY.plusYears(25).minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
        assertThat(councilTax.locator(".onward-claim-link a")).hasText("How to claim No council tax until you are 25");
        Locator allowance = page.locator(".onward-applies article").filter(new Locator.FilterOptions()
                .setHas(page.locator("a[href='/northmoor/offer/setting-up-home-allowance']")));
        assertThat(allowance.locator(".onward-amount")).hasText("£3,000");

        page.locator(".onward-does-not-apply summary").click();
        assertThat(page.locator(".onward-does-not-apply")).containsText(
                "This is for care-experienced young people who are at university or in other higher education.");
        assertThat(page.locator("main")).containsText("Talk to your personal adviser");
        assertThat(page.locator("main")).not().containsText("care leaver");
        assertThat(page.locator("a", new Page.LocatorOptions().setHasText("Start again"))).hasAttribute("href", "/northmoor/check");
    }

    @Test
    void shouldNeverPutTheAnswersInTheAddress() {
        startWithJavaScriptOff("northmoor");
        List<Request> requests = new ArrayList<>();
        page.onRequest(requests::add);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();

        int questions = 0;
        String stated = null;
        while (!page.locator("h1").innerText().contains(RESULT)) {
            questions++;
            assertThat(questions).as("questions asked").isLessThanOrEqualTo(7);
            String number = page.locator(".onward-question-number").innerText();
            assertThat(number).startsWith("Question " + questions + " of ");
            stated = number.substring(number.lastIndexOf(' ') + 1);
            String question = page.locator("h1").innerText();
            if (question.contains(DATE_OF_BIRTH)) {
                enterDateOfBirth(TWENTY);
            } else if (question.contains(CATEGORY)) {
                page.getByLabel("I'm 18 or over and was in care at 16 or 17").check();
            } else {
                page.getByLabel("I'm not sure").check();
            }
            continueOn();
            assertThat(page).hasURL(portal("/northmoor/check"));
            page.locator("h1").waitFor();
        }

        assertThat(String.valueOf(questions)).isEqualTo(stated);
        assertThat(requests).isNotEmpty().allSatisfy(request -> {
            assertThat(request.url()).doesNotContain("?").doesNotContain(String.valueOf(TWENTY.getYear()));
        });
        // The answers travel in the form's body instead, and are kept in no cookie.
        Request lastAnswer = requests.stream().filter(request -> request.method().equals("POST")).toList().getLast();
        assertThat(lastAnswer.url()).isEqualTo(portal("/northmoor/check"));
        assertThat(lastAnswer.postData()).contains("year=" + TWENTY.getYear()).contains("category=FORMER_RELEVANT");
        assertThat(page.context().cookies()).allSatisfy(cookie -> assertThat(cookie.value)
                .doesNotContain(String.valueOf(TWENTY.getYear())).doesNotContain("FORMER_RELEVANT"));
    }

    @Test
    void shouldExplainADateOfBirthThatCannotBeUsedAndGoOnOnceItIsRight() {
        startWithJavaScriptOff("northmoor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();

        continueOn();
        expectError("Enter your date of birth");

        page.getByLabel("Day").fill("31");
        page.getByLabel("Month").fill("2");
        page.getByLabel("Year").fill("2005");
        continueOn();
        expectError("Date of birth must be a real date");
        assertThat(page).hasTitle(Pattern.compile("^Error: What is your date of birth\\?"));
        // What was typed stays, to be put right.
        assertThat(page.getByLabel("Day")).hasValue("31");
        assertThat(page.getByLabel("Month")).hasValue("2");
        assertThat(page.getByLabel("Year")).hasValue("2005");
        assertThat(page.getByLabel("Day")).hasClass(Pattern.compile("govuk-input--error"));

        enterDateOfBirth(LocalDate.now().plusYears(1));
        continueOn();
        expectError("Date of birth must be in the past");

        page.getByLabel("Day").fill("3");
        page.getByLabel("Month").fill("");
        continueOn();
        expectError("Date of birth must include a month");

        page.locator(".govuk-error-summary a").click();
        assertThat(page.getByLabel("Month")).isFocused();

        enterDateOfBirth(TWENTY);
        continueOn();
        expectQuestion(CATEGORY, 2);
    }

    @Test
    void shouldAskAgainWhenAQuestionIsNotAnsweredOrAnsweredBothWays() {
        startAndEnterDateOfBirth();
        continueOn();
        expectError("Select which describes you, or I'm not sure");

        page.getByLabel("I'm not sure").check();
        continueOn();
        expectQuestion(EDUCATION_AND_WORK, 3);
        continueOn();
        expectError("Select all that are true for you, or None of these, or I'm not sure");

        // Without JavaScript nothing stops both being ticked: the page says which to keep.
        page.getByLabel("I'm doing or starting an apprenticeship").check();
        page.getByLabel("None of these").check();
        continueOn();
        expectError("Select None of these on its own, or untick it");
        assertThat(page.getByLabel("I'm doing or starting an apprenticeship")).isChecked();
    }

    @Test
    void shouldKeepEveryAnswerWhenGoingBack() {
        startAndEnterDateOfBirth();
        page.getByLabel("I'm 16 or 17 and have left care").check();
        continueOn();
        page.getByLabel("I'm doing or starting an apprenticeship").check();
        continueOn();
        expectQuestion(HOME, 4);
        page.getByLabel("I still live with my foster carers").check();

        back();
        expectQuestion(EDUCATION_AND_WORK, 3);
        assertThat(page.getByLabel("I'm doing or starting an apprenticeship")).isChecked();
        back();
        expectQuestion(CATEGORY, 2);
        assertThat(page.getByLabel("I'm 16 or 17 and have left care")).isChecked();
        back();
        expectQuestion(DATE_OF_BIRTH, 1);
        assertThat(page.getByLabel("Year")).hasValue(String.valueOf(TWENTY.getYear()));
        back();
        assertThat(page.locator("h1")).containsText("Check what you can get");
        assertThat(page).hasURL(portal("/northmoor/check"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
        expectQuestion(DATE_OF_BIRTH, 1);
        assertThat(page.getByLabel("Day")).hasValue(String.valueOf(TWENTY.getDayOfMonth()));
        continueOn();
        continueOn();
        continueOn();
        expectQuestion(HOME, 4);
        // Ticked on the page left with Back: kept too.
        assertThat(page.getByLabel("I still live with my foster carers")).isChecked();
        continueOn();

        assertThat(page.locator("h1")).containsText(RESULT);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change your answers")).click();
        expectQuestion(HOME, 4);
        assertThat(page.getByLabel("I still live with my foster carers")).isChecked();
    }

    @Test
    void shouldSayWhatToCheckWhenTheAnswerIsNotSure() {
        startAndEnterDateOfBirth();
        page.getByLabel("I'm not sure").check();
        continueOn();
        page.getByLabel("I'm not sure").check();
        continueOn();
        page.getByLabel("I'm not sure").check();
        continueOn();

        assertThat(page.locator("h1")).containsText(RESULT);
        expectUnder(".onward-may-apply", "personal-adviser", "council-tax-exemption", "setting-up-home-allowance",
                "higher-education-bursary", "apprenticeship-bursary", "leisure-pass");
        Locator councilTax = page.locator(".onward-may-apply article").filter(new Locator.FilterOptions()
                .setHas(page.locator("a[href='/northmoor/offer/council-tax-exemption']")));
        assertThat(councilTax.locator(".onward-to-check li")).containsText(new String[]{
                "Whether you were in care at 16 or 17 (your personal adviser can tell you)",
                "Whether you live outside the council's area"});
        // Too old for it, whatever the other answers.
        expectUnder(".onward-does-not-apply", "sixteen-to-nineteen-bursary");
    }

    @Test
    void shouldLinkToTheCheckerFromTheOffer() {
        newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false)).navigate(portal("/northmoor/offer"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check what you can get")).click();

        assertThat(page).hasURL(portal("/northmoor/check"));
        assertThat(page.locator("h1")).containsText("Check what you can get");
    }

    @Test
    void shouldAnswerAnUnknownAuthorityWithPageNotFound() {
        var response = newPage().navigate(portal("/nowhere/check"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");
    }

    @Test
    void shouldShowEveryStepReadablyAndPrintably() {
        newPage().navigate(portal("/northmoor/check"));
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("checker-start");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
        expectQuestion(DATE_OF_BIRTH, 1);
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("checker-question");

        page.getByLabel("Day").fill("5");
        page.getByLabel("Month").fill("6");
        page.getByLabel("Year").fill("20");
        continueOn();
        expectError("Year must include 4 numbers");
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("checker-error");

        enterDateOfBirth(TWENTY);
        continueOn();
        expectQuestion(CATEGORY, 2);
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("checker-category");
        page.getByLabel("I'm not sure").check();
        continueOn();
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("checker-checkboxes");
        page.getByLabel("None of these").check();
        continueOn();
        page.getByLabel("I'm moving into a home of my own").check();
        continueOn();

        assertThat(page.locator("h1")).containsText(RESULT);
        assertNoSeriousAccessibilityProblems();
        takeScreenshots("checker-result");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".onward-quick-exit")).isHidden();
        assertThat(page.locator(".onward-checker-actions")).isHidden();
        assertThat(page.locator(".onward-applies")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/checker-result-print.png"))
                .setFullPage(true));
    }

    private void startWithJavaScriptOff(String slug) {
        newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false)).navigate(portal("/" + slug + "/check"));
    }

    private void startAndEnterDateOfBirth() {
        startWithJavaScriptOff("northmoor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
        enterDateOfBirth(TWENTY);
        continueOn();
        expectQuestion(CATEGORY, 2);
    }

    private void enterDateOfBirth(LocalDate born) {
        page.getByLabel("Day").fill(String.valueOf(born.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(born.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(born.getYear()));
    }

    private void continueOn() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    }

    private void back() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back").setExact(true)).click();
    }

    private void expectQuestion(String question, int number) {
        assertThat(page.locator("h1")).containsText(question);
        assertThat(page.locator(".onward-question-number")).hasText(Pattern.compile("Question " + number + "\\s+of 4"));
        assertThat(page.locator(".govuk-error-summary")).hasCount(0);
        assertThat(page).hasURL(portal("/northmoor/check"));
    }

    private void expectError(String message) {
        assertThat(page.locator(".govuk-error-summary")).containsText("There is a problem");
        assertThat(page.locator(".govuk-error-summary a")).hasText(message);
        assertThat(page.locator(".govuk-error-message")).containsText(message);
        assertThat(page).hasURL(portal("/northmoor/check"));
    }

    private void expectUnder(String section, String... keys) {
        for (String key : keys) {
            assertThat(page.locator(section + " a[href='/northmoor/offer/" + key + "']").first()).isAttached();
        }
    }
}
