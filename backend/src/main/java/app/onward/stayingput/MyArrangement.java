package app.onward.stayingput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The arrangement a young person is in now, as they read it (GraphQL {@code MyArrangement}). The allowance paid
 * to the carers is between the authority and the carers; what the young person pays is theirs to know.
 *
 * @param now        "You are staying with Ann and Raj Patel until 14 May 2027."
 * @param moveOnPlan "Your adviser will agree a move-on plan with you by 14 February 2027."; null for staying close
 * @param more       anything else in a sentence each: what they pay, the support agreed, who to ask, the next review
 */
public record MyArrangement(ArrangementKind kind, LocalDate plannedEndOn, String now, String moveOnPlan, List<String> more) {

    static MyArrangement of(Arrangement arrangement, LocalDate today) {
        String until = ArrangementRules.day(arrangement.plannedEndOn());
        List<String> more = new ArrayList<>();
        if (arrangement.kind() == ArrangementKind.STAYING_PUT) {
            if (arrangement.weeklyContribution().pence() > 0) {
                more.add("You pay " + arrangement.weeklyContribution() + " a week towards your keep.");
            }
            addNextReview(arrangement, more);
            return new MyArrangement(arrangement.kind(), arrangement.plannedEndOn(),
                    "You are staying with " + arrangement.household() + " until " + until + ".",
                    moveOnPlan(arrangement, today), List.copyOf(more));
        }
        more.add("The support agreed: " + arrangement.supportAgreed());
        if (arrangement.keyContact() != null) {
            more.add("Your contact from " + arrangement.childrensHome() + ": " + arrangement.keyContact() + ".");
        }
        addNextReview(arrangement, more);
        return new MyArrangement(arrangement.kind(), arrangement.plannedEndOn(), "You are staying close to "
                + arrangement.childrensHome() + ", who keep supporting you until " + until + ".", null, List.copyOf(more));
    }

    private static String moveOnPlan(Arrangement arrangement, LocalDate today) {
        String due = ArrangementRules.day(arrangement.moveOnPlanDueOn());
        return switch (arrangement.moveOnPlan(today).status()) {
            case DONE -> "You agreed your move-on plan on " + ArrangementRules.day(arrangement.moveOnPlanAgreedOn())
                    + ": it says where you will live next.";
            case OVERDUE -> "Your move-on plan was due by " + due + ". Ask your adviser to agree it with you soon.";
            case DUE_SOON, ON_TRACK -> "Your adviser will agree a move-on plan with you by " + due
                    + ": where you will live next, and how you will get there.";
        };
    }

    private static void addNextReview(Arrangement arrangement, List<String> more) {
        if (arrangement.nextReviewOn() != null) {
            more.add("Your next review is on " + ArrangementRules.day(arrangement.nextReviewOn()) + ".");
        }
    }
}
