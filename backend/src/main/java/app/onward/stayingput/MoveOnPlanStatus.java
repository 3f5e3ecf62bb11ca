package app.onward.stayingput;

import app.onward.clock.DueStatus;

import java.time.LocalDate;

/**
 * Where the move-on plan stands: agreed (DONE), or not yet and how urgent that is, read against today as every
 * other due date is ({@link DueStatus}, due soon within {@value DueStatus#DUE_SOON_DAYS} days).
 */
public enum MoveOnPlanStatus {
    DONE, OVERDUE, DUE_SOON, ON_TRACK;

    static MoveOnPlanStatus of(LocalDate dueOn, LocalDate agreedOn, LocalDate today) {
        if (agreedOn != null) {
            return DONE;
        }
        return valueOf(DueStatus.of(dueOn, today).name());
    }
}
