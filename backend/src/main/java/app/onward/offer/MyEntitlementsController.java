package app.onward.offer;

import app.onward.identity.CurrentUser;
import app.onward.offer.CheckerController.CheckerAnswers;
import app.onward.offer.rules.CareLeaverCategory;
import app.onward.offer.rules.Circumstance;
import app.onward.offer.rules.Facts;
import app.onward.youngperson.Mine;
import app.onward.youngperson.YoungPerson;
import app.onward.youngperson.YoungPersonService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in checker: a young person's entitlements answered from their own record (date of birth, category,
 * whether they are a parent, whether they came to the UK alone to seek asylum), asking only what the record does
 * not say. What the record says always wins over an answer.
 */
@Controller
class MyEntitlementsController {

    private final EntitlementChecker checker;
    private final YoungPersonService youngPeople;

    MyEntitlementsController(EntitlementChecker checker, YoungPersonService youngPeople) {
        this.checker = checker;
        this.youngPeople = youngPeople;
    }

    @SchemaMapping(typeName = "Mine")
    List<CheckerPage.Asked> entitlementQuestions(Mine mine) {
        return checker.questions(authority(), fromRecord(CheckerController.facts(new CheckerAnswers(null, null, null, null))));
    }

    @SchemaMapping(typeName = "Mine")
    EntitlementChecker.Check entitlements(Mine mine, @Argument CheckerAnswers answers) {
        Facts given = CheckerController.facts(answers == null ? new CheckerAnswers(null, null, null, null) : answers);
        return checker.check(authority(), fromRecord(given)).orElse(null);
    }

    /** The answers, with everything the record says put over them. */
    private Facts fromRecord(Facts answers) {
        YoungPerson record = youngPeople.ownRecord().orElseThrow();
        Map<Circumstance, Boolean> circumstances = new EnumMap<>(Circumstance.class);
        circumstances.putAll(answers.circumstances());
        circumstances.put(Circumstance.PARENT, record.isParent());
        circumstances.put(Circumstance.UNACCOMPANIED_ASYLUM_SEEKING, record.unaccompaniedAsylumSeeking());
        return new Facts(answers.on(), record.dateOfBirth(), null,
                record.category() == null ? answers.category() : CareLeaverCategory.valueOf(record.category()), circumstances);
    }

    private static String authority() {
        return CurrentUser.require().tenant().orElseThrow().slug();
    }
}
