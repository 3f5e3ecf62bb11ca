package app.onward.demo;

import app.onward.clock.Today;
import app.onward.pathwayplan.PathwayPlanSignedOff;
import app.onward.youngperson.YoungPersonId;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static app.onward.jooq.Tables.PATHWAY_PLAN;
import static app.onward.jooq.Tables.PATHWAY_PLAN_AGREEMENT;
import static app.onward.jooq.Tables.PATHWAY_PLAN_COMMENT;
import static app.onward.jooq.Tables.PATHWAY_PLAN_SHARE;
import static app.onward.jooq.Tables.PATHWAY_PLAN_SIGN_OFF;
import static app.onward.jooq.Tables.PATHWAY_PLAN_VERSION;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.YOUNG_PERSON;

/**
 * Writes a demo authority's pathway plans, with their past dates, in the tenant's transaction. Each sign-off is
 * published as {@link PathwayPlanSignedOff} on its day, so the case clocks count it as the plan's review,
 * exactly as a real sign-off does.
 */
@Component
class DemoPlansLoader {

    private final DSLContext dsl;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Today today;

    DemoPlansLoader(DSLContext dsl, JsonMapper json, ApplicationEventPublisher events, Today today) {
        this.dsl = dsl;
        this.json = json;
        this.events = events;
        this.today = today;
    }

    /** Nothing when the authority has plans already (loaded before). */
    @Transactional(propagation = Propagation.MANDATORY)
    void load(String authority) {
        if (dsl.fetchExists(PATHWAY_PLAN)) {
            return;
        }
        LocalDate today = this.today.date();
        DemoPlans.all(today).stream().filter(plan -> plan.authority().equals(authority)).forEach(plan -> load(plan, today));
    }

    private void load(DemoPlans plan, LocalDate today) {
        UUID youngPerson = dsl.select(YOUNG_PERSON.ID).from(YOUNG_PERSON)
                .where(YOUNG_PERSON.GIVEN_NAME.concat(" ").concat(YOUNG_PERSON.FAMILY_NAME).eq(plan.youngPerson()))
                .fetchOptional(YOUNG_PERSON.ID).orElse(null);
        if (youngPerson == null) {
            return;
        }
        UUID adviser = staff(plan.adviserSubject());
        UUID manager = staff(plan.managerSubject());
        UUID planId = dsl.insertInto(PATHWAY_PLAN)
                .set(PATHWAY_PLAN.YOUNG_PERSON_ID, youngPerson)
                .set(PATHWAY_PLAN.LATEST_VERSION, plan.versions().size())
                .returning(PATHWAY_PLAN.ID).fetchSingle(PATHWAY_PLAN.ID);
        int number = 0;
        for (DemoPlans.DemoVersion version : plan.versions()) {
            number++;
            OffsetDateTime saved = at(today.minusDays(version.daysAgo()), 10);
            dsl.insertInto(PATHWAY_PLAN_VERSION)
                    .set(PATHWAY_PLAN_VERSION.PLAN_ID, planId)
                    .set(PATHWAY_PLAN_VERSION.VERSION_NUMBER, number)
                    .set(PATHWAY_PLAN_VERSION.CONTENT, JSONB.valueOf(json.writeValueAsString(version.content())))
                    .set(PATHWAY_PLAN_VERSION.CHANGE_SUMMARY, version.changeSummary())
                    .set(PATHWAY_PLAN_VERSION.AUTHOR_STAFF_ID, adviser)
                    .set(PATHWAY_PLAN_VERSION.SAVED_AT, saved)
                    .execute();
            if (version.signedOff() != null) {
                LocalDate signedOn = today.minusDays(version.daysAgo()).plusDays(version.signedOff());
                dsl.insertInto(PATHWAY_PLAN_SIGN_OFF).set(PATHWAY_PLAN_SIGN_OFF.PLAN_ID, planId)
                        .set(PATHWAY_PLAN_SIGN_OFF.VERSION_NUMBER, number).set(PATHWAY_PLAN_SIGN_OFF.SIGNED_OFF_BY, manager)
                        .set(PATHWAY_PLAN_SIGN_OFF.SIGNED_OFF_AT, at(signedOn, 15)).execute();
                events.publishEvent(new PathwayPlanSignedOff(new YoungPersonId(youngPerson), number, signedOn));
            }
            if (version.shared()) {
                dsl.insertInto(PATHWAY_PLAN_SHARE).set(PATHWAY_PLAN_SHARE.PLAN_ID, planId)
                        .set(PATHWAY_PLAN_SHARE.VERSION_NUMBER, number).set(PATHWAY_PLAN_SHARE.SHARED_BY, adviser)
                        .set(PATHWAY_PLAN_SHARE.SHARED_AT, saved.plusHours(2)).execute();
            }
            if (version.agreed()) {
                dsl.insertInto(PATHWAY_PLAN_AGREEMENT).set(PATHWAY_PLAN_AGREEMENT.PLAN_ID, planId)
                        .set(PATHWAY_PLAN_AGREEMENT.VERSION_NUMBER, number)
                        .set(PATHWAY_PLAN_AGREEMENT.AGREED_AT, saved.plusDays(1)).execute();
            }
            int day = 1;
            for (String comment : version.comments()) {
                dsl.insertInto(PATHWAY_PLAN_COMMENT).set(PATHWAY_PLAN_COMMENT.PLAN_ID, planId)
                        .set(PATHWAY_PLAN_COMMENT.VERSION_NUMBER, number).set(PATHWAY_PLAN_COMMENT.BODY, comment)
                        .set(PATHWAY_PLAN_COMMENT.WRITTEN_AT, saved.plusDays(day++)).execute();
            }
        }
    }

    private UUID staff(String accountSubject) {
        return dsl.select(STAFF_MEMBER.ID).from(STAFF_MEMBER).where(STAFF_MEMBER.ACCOUNT_SUBJECT.eq(accountSubject))
                .fetchSingle(STAFF_MEMBER.ID);
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atOffset(ZoneOffset.UTC);
    }
}
