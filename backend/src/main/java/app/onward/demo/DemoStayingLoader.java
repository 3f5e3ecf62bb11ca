package app.onward.demo;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.UUID;

import static app.onward.jooq.Tables.STAYING_ARRANGEMENT;
import static app.onward.jooq.Tables.STAYING_ARRANGEMENT_REVIEW;

/**
 * Two Northmoor arrangements: Zara has stayed put with her former foster carers since 18 (her accommodation is Z)
 * and is to move on at the end of her college year, so her move-on plan is due soon; Kai left a children's home
 * for a flat of their own and has staying-close support from it. Both keep the rules of
 * app.onward.stayingput.ArrangementRules.
 */
@Component
class DemoStayingLoader {

    private final DSLContext dsl;

    DemoStayingLoader(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void load(String givenName, UUID youngPerson, UUID adviser, LocalDate born, LocalDate today) {
        if (givenName.equals("Zara")) {
            // Ten days before the move-on plan falls due (three months before the planned end).
            UUID arrangement = dsl.insertInto(STAYING_ARRANGEMENT)
                    .set(STAYING_ARRANGEMENT.YOUNG_PERSON_ID, youngPerson)
                    .set(STAYING_ARRANGEMENT.KIND, "STAYING_PUT")
                    .set(STAYING_ARRANGEMENT.STARTS_ON, born.plusYears(18))
                    .set(STAYING_ARRANGEMENT.PLANNED_END_ON, today.plusMonths(3).plusDays(10))
                    .set(STAYING_ARRANGEMENT.HOUSEHOLD, "Ann and Raj Patel")
                    .set(STAYING_ARRANGEMENT.WEEKLY_ALLOWANCE_PENCE, 28_500L)
                    .set(STAYING_ARRANGEMENT.WEEKLY_CONTRIBUTION_PENCE, 3_500L)
                    .set(STAYING_ARRANGEMENT.RECORDED_BY, adviser)
                    .set(STAYING_ARRANGEMENT.VERSION, 2)
                    .returning(STAYING_ARRANGEMENT.ID).fetchSingle(STAYING_ARRANGEMENT.ID);
            review(arrangement, adviser, today.minusMonths(2), "Going well at home; Zara wants to stay local for her course.",
                    today.plusMonths(1));
        } else if (givenName.equals("Kai")) {
            UUID arrangement = dsl.insertInto(STAYING_ARRANGEMENT)
                    .set(STAYING_ARRANGEMENT.YOUNG_PERSON_ID, youngPerson)
                    .set(STAYING_ARRANGEMENT.KIND, "STAYING_CLOSE")
                    .set(STAYING_ARRANGEMENT.STARTS_ON, born.plusYears(18).plusMonths(6))
                    .set(STAYING_ARRANGEMENT.PLANNED_END_ON, born.plusYears(23))
                    .set(STAYING_ARRANGEMENT.LIVES_AT, "Own flat, ten minutes' walk from Oak House")
                    .set(STAYING_ARRANGEMENT.CHILDRENS_HOME, "Oak House")
                    .set(STAYING_ARRANGEMENT.SUPPORT_AGREED, "A weekly catch-up with their key worker, Sunday dinner at "
                            + "Oak House when they want it, and help with bills and budgeting.")
                    .set(STAYING_ARRANGEMENT.KEY_CONTACT, "Denise Carter, key worker")
                    .set(STAYING_ARRANGEMENT.RECORDED_BY, adviser)
                    .set(STAYING_ARRANGEMENT.VERSION, 2)
                    .returning(STAYING_ARRANGEMENT.ID).fetchSingle(STAYING_ARRANGEMENT.ID);
            review(arrangement, adviser, today.minusMonths(1), "Managing the flat well; still comes for Sunday dinner.",
                    today.plusMonths(5));
        }
    }

    private void review(UUID arrangement, UUID adviser, LocalDate on, String note, LocalDate next) {
        dsl.insertInto(STAYING_ARRANGEMENT_REVIEW)
                .set(STAYING_ARRANGEMENT_REVIEW.ARRANGEMENT_ID, arrangement)
                .set(STAYING_ARRANGEMENT_REVIEW.REVIEWED_ON, on)
                .set(STAYING_ARRANGEMENT_REVIEW.NOTE, note)
                .set(STAYING_ARRANGEMENT_REVIEW.NEXT_REVIEW_ON, next)
                .set(STAYING_ARRANGEMENT_REVIEW.RECORDED_BY, adviser)
                .execute();
    }
}
