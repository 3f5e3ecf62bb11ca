package app.onward.stayingput;

import app.onward.offer.Money;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A staying-put or staying-close arrangement as it is now. The fields of the other kind are null: staying put has
 * the household and the money, staying close the home they left, where they live, the support and who gives it.
 *
 * @param reviews newest first
 * @param ending  null while it is open
 */
public record Arrangement(UUID id, UUID youngPersonId, ArrangementKind kind, int version, LocalDate startsOn,
                          LocalDate plannedEndOn, String household, Money weeklyAllowance, Money weeklyContribution,
                          LocalDate moveOnPlanAgreedOn, String livesAt, String childrensHome, String supportAgreed,
                          String keyContact, Ending ending, List<Review> reviews, OffsetDateTime recordedAt) {

    /** How long before the planned end a move-on plan falls due. */
    static final int MOVE_ON_PLAN_MONTHS_BEFORE = 3;

    public record Ending(LocalDate endedOn, HowItEnded how, String note) {
    }

    public record Review(LocalDate reviewedOn, String note, LocalDate nextReviewOn, OffsetDateTime recordedAt) {
    }

    public record MoveOnPlan(LocalDate dueOn, LocalDate agreedOn, MoveOnPlanStatus status) {
    }

    public boolean open() {
        return ending == null;
    }

    /** Three months before the planned end; from 31 May, the last day of February. */
    public LocalDate moveOnPlanDueOn() {
        return moveOnPlanDueOn(plannedEndOn);
    }

    static LocalDate moveOnPlanDueOn(LocalDate plannedEndOn) {
        return plannedEndOn.minusMonths(MOVE_ON_PLAN_MONTHS_BEFORE);
    }

    /** The status is null once an arrangement ended without one: nothing is due any more. */
    MoveOnPlan moveOnPlan(LocalDate today) {
        MoveOnPlanStatus status = !open() && moveOnPlanAgreedOn == null ? null
                : MoveOnPlanStatus.of(moveOnPlanDueOn(), moveOnPlanAgreedOn, today);
        return new MoveOnPlan(moveOnPlanDueOn(), moveOnPlanAgreedOn, status);
    }

    /** The date the latest review set for the next one; null before the first review and once ended. */
    public LocalDate nextReviewOn() {
        return reviews.isEmpty() || !open() ? null : reviews.getFirst().nextReviewOn();
    }
}
