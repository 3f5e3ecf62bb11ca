package app.onward.offer;

import app.onward.graphql.InvalidInputException;
import app.onward.offer.rules.CareLeaverCategory;
import app.onward.offer.rules.Circumstance;
import app.onward.offer.rules.Facts;
import app.onward.offer.rules.Verdict;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

@Controller
class CheckerController {

    private final EntitlementChecker checker;

    CheckerController(EntitlementChecker checker) {
        this.checker = checker;
    }

    record CheckerOption(Circumstance circumstance, String label) {}

    record CircumstanceAnswer(Circumstance circumstance, boolean applies) {}

    record CheckerAnswers(LocalDate dateOfBirth, Integer age, CareLeaverCategory category, List<CircumstanceAnswer> circumstances) {}

    @QueryMapping
    List<CheckerPage.Asked> checkerQuestions(@Argument String authority) {
        return checker.questions(authority);
    }

    @SchemaMapping(typeName = "CheckerQuestion")
    List<CheckerOption> options(CheckerPage.Asked asked) {
        return asked.circumstances().stream().map(c -> new CheckerOption(c, CheckerPage.answer(c))).toList();
    }

    @QueryMapping
    EntitlementChecker.Check entitlementCheck(@Argument String authority, @Argument CheckerAnswers answers) {
        return checker.check(authority, facts(answers)).orElse(null);
    }

    @SchemaMapping(typeName = "EntitlementCheck")
    int offerVersion(EntitlementChecker.Check check) {
        return check.offer().version();
    }

    @SchemaMapping(typeName = "EntitlementCheck")
    List<EntitlementChecker.Result> applies(EntitlementChecker.Check check) {
        return check.with(Verdict.APPLIES);
    }

    @SchemaMapping(typeName = "EntitlementCheck")
    List<EntitlementChecker.Result> mayApply(EntitlementChecker.Check check) {
        return check.with(Verdict.MAY_APPLY);
    }

    @SchemaMapping(typeName = "EntitlementCheck")
    List<EntitlementChecker.Result> doesNotApply(EntitlementChecker.Check check) {
        return check.with(Verdict.DOES_NOT_APPLY);
    }

    /** Answers that cannot be about a care-experienced young person alive today are refused, saying which. */
    static Facts facts(CheckerAnswers answers) {
        LocalDate today = LocalDate.now(app.onward.clock.Today.ENGLAND);
        if (answers.dateOfBirth() != null && (answers.dateOfBirth().isAfter(today) || answers.dateOfBirth().isBefore(today.minusYears(120)))) {
            throw new InvalidInputException("answers.dateOfBirth", "Enter a date of birth in the past");
        }
        if (answers.age() != null && (answers.age() < 0 || answers.age() > 120)) {
            throw new InvalidInputException("answers.age", "Enter an age between 0 and 120");
        }
        Map<Circumstance, Boolean> circumstances = new EnumMap<>(Circumstance.class);
        if (answers.circumstances() != null) {
            answers.circumstances().forEach(answer -> circumstances.put(answer.circumstance(), answer.applies()));
        }
        return new Facts(today, answers.dateOfBirth(), answers.dateOfBirth() == null ? answers.age() : null,
                answers.category(), circumstances);
    }
}
