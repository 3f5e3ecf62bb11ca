package app.onward.stayingput;

import app.onward.graphql.InputChecks;
import app.onward.offer.Money;
import app.onward.stayingput.StayingInputs.Terms;

import java.time.LocalDate;

/** What an arrangement says once its input passed {@link ArrangementRules}: trimmed text and money in pence. */
public record ArrangementTerms(LocalDate startsOn, LocalDate plannedEndOn, String household, Money weeklyAllowance,
                               Money weeklyContribution, LocalDate moveOnPlanAgreedOn, String livesAt,
                               String childrensHome, String supportAgreed, String keyContact) {

    static ArrangementTerms of(Terms checked) {
        return new ArrangementTerms(checked.startsOn(), checked.plannedEndOn(), InputChecks.blankToNull(checked.household()),
                money(checked.weeklyAllowance()), money(checked.weeklyContribution()), checked.moveOnPlanAgreedOn(),
                InputChecks.blankToNull(checked.livesAt()), InputChecks.blankToNull(checked.childrensHome()),
                InputChecks.blankToNull(checked.supportAgreed()), InputChecks.blankToNull(checked.keyContact()));
    }

    static ArrangementTerms of(Arrangement arrangement) {
        return new ArrangementTerms(arrangement.startsOn(), arrangement.plannedEndOn(), arrangement.household(),
                arrangement.weeklyAllowance(), arrangement.weeklyContribution(), arrangement.moveOnPlanAgreedOn(),
                arrangement.livesAt(), arrangement.childrensHome(), arrangement.supportAgreed(), arrangement.keyContact());
    }

    private static Money money(String typed) {
        return typed == null ? null : Money.parse(typed).orElseThrow();
    }
}
