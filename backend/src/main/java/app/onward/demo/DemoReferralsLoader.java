package app.onward.demo;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import static app.onward.jooq.Tables.MENTAL_HEALTH_REFERRAL;
import static app.onward.jooq.Tables.REFERRAL_STATUS_CHANGE;

/**
 * A few Northmoor referrals for mental-health support, in different statuses: Tyler waiting past the routine
 * threshold (escalated; he signs in as northmoor.careleaver and sees it in plain words), Jordan's urgent move from
 * CAMHS just sent, Sophie seeing the care-leaver nurse, Kai declined by a charity and closed, Zara's draft waiting
 * for her consent. Tyler and Zara were not known to CAMHS before 18: the gap this feature is for.
 */
@Component
class DemoReferralsLoader {

    private final DSLContext dsl;

    DemoReferralsLoader(DSLContext dsl) {
        this.dsl = dsl;
    }

    private record Step(String status, int daysAgo, String reason) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void load(String givenName, UUID youngPerson, UUID adviser, LocalDate today) {
        switch (givenName) {
            case "Tyler" -> referral(youngPerson, adviser, today, "NHS_TALKING_THERAPIES", null, "ROUTINE", false, false,
                    "Low mood and poor sleep since moving into his flat; asked for help with anxiety about college.",
                    new Step("DRAFT", 60, null), new Step("SENT", 58, null), new Step("ACCEPTED", 40, null),
                    new Step("WAITING", 40, null));
            case "Jordan" -> referral(youngPerson, adviser, today, "ADULT_COMMUNITY_MENTAL_HEALTH", null, "URGENT", true, true,
                    "Moving on from CAMHS at 18; CAMHS asked for a handover to adult services.",
                    new Step("DRAFT", 4, null), new Step("SENT", 3, null));
            case "Sophie" -> referral(youngPerson, adviser, today, "CARE_LEAVER_MENTAL_HEALTH_NURSE", null, "ROUTINE", true, false,
                    "Wants to talk about her time in care; struggling with panic attacks at work.",
                    new Step("DRAFT", 50, null), new Step("SENT", 49, null), new Step("ACCEPTED", 45, null),
                    new Step("FIRST_APPOINTMENT", 30, null), new Step("ONGOING", 30, null));
            case "Kai" -> referral(youngPerson, adviser, today, "VOLUNTARY_SECTOR", "Northmoor Mind", "ROUTINE", false, false,
                    "Asked for peer support for young people who are non-binary.",
                    new Step("DRAFT", 90, null), new Step("SENT", 88, null),
                    new Step("DECLINED", 70, "Their group for 18 to 25-year-olds is full until the spring."),
                    new Step("CLOSED", 69, "Referred to the care-leaver nurse instead."));
            case "Zara" -> referral(youngPerson, adviser, today, "GP", null, "ROUTINE", false, false,
                    "Headaches and feeling low; would like to see her GP about it with her adviser.",
                    new Step("DRAFT", 1, null));
            default -> {
            }
        }
    }

    private void referral(UUID youngPerson, UUID adviser, LocalDate today, String service, String serviceName, String urgency,
                          boolean knownToCamhs, boolean transition, String reason, Step... steps) {
        boolean consented = steps.length > 1;
        LocalDate started = today.minusDays(steps[0].daysAgo());
        UUID id = dsl.insertInto(MENTAL_HEALTH_REFERRAL)
                .set(MENTAL_HEALTH_REFERRAL.YOUNG_PERSON_ID, youngPerson)
                .set(MENTAL_HEALTH_REFERRAL.SERVICE, service)
                .set(MENTAL_HEALTH_REFERRAL.SERVICE_NAME, serviceName)
                .set(MENTAL_HEALTH_REFERRAL.REASON, reason)
                .set(MENTAL_HEALTH_REFERRAL.URGENCY, urgency)
                .set(MENTAL_HEALTH_REFERRAL.CONSENT_GIVEN_BY, consented ? "YOUNG_PERSON" : null)
                .set(MENTAL_HEALTH_REFERRAL.CONSENT_GIVEN_ON, consented ? started : null)
                .set(MENTAL_HEALTH_REFERRAL.CONSENT_HOW, consented ? "IN_PERSON" : null)
                .set(MENTAL_HEALTH_REFERRAL.KNOWN_TO_CAMHS_BEFORE_18, knownToCamhs)
                .set(MENTAL_HEALTH_REFERRAL.TRANSITION_FROM_CAMHS, transition)
                .set(MENTAL_HEALTH_REFERRAL.VERSION, steps.length)
                .set(MENTAL_HEALTH_REFERRAL.STARTED_BY, adviser)
                .set(MENTAL_HEALTH_REFERRAL.STARTED_AT, at(started))
                .returning(MENTAL_HEALTH_REFERRAL.ID)
                .fetchSingle(MENTAL_HEALTH_REFERRAL.ID);
        for (int i = 0; i < steps.length; i++) {
            LocalDate on = today.minusDays(steps[i].daysAgo());
            dsl.insertInto(REFERRAL_STATUS_CHANGE)
                    .set(REFERRAL_STATUS_CHANGE.REFERRAL_ID, id)
                    .set(REFERRAL_STATUS_CHANGE.STATUS, steps[i].status())
                    .set(REFERRAL_STATUS_CHANGE.HAPPENED_ON, on)
                    .set(REFERRAL_STATUS_CHANGE.REASON, steps[i].reason())
                    .set(REFERRAL_STATUS_CHANGE.REFERRAL_VERSION, i + 1)
                    .set(REFERRAL_STATUS_CHANGE.RECORDED_BY, adviser)
                    .set(REFERRAL_STATUS_CHANGE.RECORDED_AT, at(on))
                    .execute();
        }
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 30)).atZone(ZoneId.of("Europe/London")).toOffsetDateTime();
    }
}
