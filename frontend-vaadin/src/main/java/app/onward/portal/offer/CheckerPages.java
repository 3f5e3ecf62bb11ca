package app.onward.portal.offer;

import app.onward.portal.OnwardProperties;
import app.onward.portal.identity.Authority;
import app.onward.portal.offer.CheckerQuestion.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The signed-out entitlement checker: a start page, one page per question, and the result. Every step is a POST
 * whose form carries all the answers so far ({@link CheckerAnswers}), so that the answers never reach an address,
 * the session, a cookie or a log, and it all works without JavaScript (issue 4).
 */
@Controller
class CheckerPages {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    /** What the result page's "Change your answers" says it answers: going back from it shows the last question. */
    private static final String RESULT = "RESULT";

    private final EntitlementChecks checks;
    private final Clock clock;
    private final String quickExitUrl;

    CheckerPages(EntitlementChecks checks, Clock clock, OnwardProperties properties) {
        this.checks = checks;
        this.clock = clock;
        this.quickExitUrl = properties.quickExitUrl().toString();
    }

    @GetMapping("/" + Authority.SLUG_IN_PATH + "/check")
    String start(@PathVariable String slug, Model model) {
        return start(checker(slug), CheckerAnswers.none(), model);
    }

    /**
     * {@code page} says which page the form answers; {@code back} is there when its Back button was pressed.
     * Everything else in the form is answers.
     */
    @PostMapping("/" + Authority.SLUG_IN_PATH + "/check")
    String answer(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form, Model model) {
        Checker checker = checker(slug);
        CheckerAnswers answers = CheckerAnswers.from(form);
        String answering = form.getFirst("page");
        int index = RESULT.equals(answering) ? checker.questions().size() : indexOf(checker, answering);

        if (form.containsKey("back")) {
            return index <= 0 ? start(checker, answers, model) : question(checker, index - 1, answers, null, model);
        }
        if (index < 0) {
            return question(checker, 0, answers, null, model);
        }
        if (index < checker.questions().size()) {
            Optional<AnswerError> error = AnswerError.of(checker.questions().get(index), answers, today());
            if (error.isPresent()) {
                return question(checker, index, answers, error.get(), model);
            }
            if (index + 1 < checker.questions().size()) {
                return question(checker, index + 1, answers, null, model);
            }
        }
        // A form can be sent again from an old tab or be altered: every answer is checked once more before use.
        for (int i = 0; i < checker.questions().size(); i++) {
            Optional<AnswerError> error = AnswerError.of(checker.questions().get(i), answers, today());
            if (error.isPresent()) {
                return question(checker, i, answers, error.get(), model);
            }
        }
        return result(checker, answers, model);
    }

    private Checker checker(String slug) {
        return checks.checker(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static int indexOf(Checker checker, String page) {
        for (Page known : Page.values()) {
            if (known.name().equals(page)) {
                return checker.indexOf(known);
            }
        }
        return -1;
    }

    private String start(Checker checker, CheckerAnswers answers, Model model) {
        model.addAttribute("checker", checker);
        model.addAttribute("answers", answers);
        model.addAttribute("quickExitUrl", quickExitUrl);
        return "checker-start";
    }

    private String question(Checker checker, int index, CheckerAnswers answers, AnswerError error, Model model) {
        model.addAttribute("checker", checker);
        model.addAttribute("question", checker.questions().get(index));
        model.addAttribute("number", index + 1);
        model.addAttribute("answers", answers);
        model.addAttribute("error", error);
        model.addAttribute("categories", CheckerAnswers.CATEGORIES);
        model.addAttribute("quickExitUrl", quickExitUrl);
        return "checker-question";
    }

    private String result(Checker checker, CheckerAnswers answers, Model model) {
        model.addAttribute("checker", checker);
        model.addAttribute("check", checks.check(checker, answers)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("answers", answers);
        model.addAttribute("quickExitUrl", quickExitUrl);
        return "checker-result";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ENGLAND));
    }
}
