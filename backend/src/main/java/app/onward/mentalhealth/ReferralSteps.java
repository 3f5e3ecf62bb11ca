package app.onward.mentalhealth;

import app.onward.graphql.InputChecks;
import app.onward.graphql.UserError;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.onward.mentalhealth.ReferralStatus.ACCEPTED;
import static app.onward.mentalhealth.ReferralStatus.CLOSED;
import static app.onward.mentalhealth.ReferralStatus.DECLINED;
import static app.onward.mentalhealth.ReferralStatus.DRAFT;
import static app.onward.mentalhealth.ReferralStatus.FIRST_APPOINTMENT;
import static app.onward.mentalhealth.ReferralStatus.ONGOING;
import static app.onward.mentalhealth.ReferralStatus.SENT;
import static app.onward.mentalhealth.ReferralStatus.WAITING;

/**
 * Which status may follow which, and what each step needs: sending needs consent; declining, and closing before a
 * first appointment, need a reason; the day is today or before and not before the previous status's day.
 */
public final class ReferralSteps {

    public static final int MAX_REASON = 2000;

    /** The schema's ReferralStatus description, as a table. */
    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SENT, CLOSED),
            SENT, EnumSet.of(ACCEPTED, DECLINED, CLOSED),
            ACCEPTED, EnumSet.of(WAITING, FIRST_APPOINTMENT, CLOSED),
            DECLINED, EnumSet.of(CLOSED),
            WAITING, EnumSet.of(FIRST_APPOINTMENT, CLOSED),
            FIRST_APPOINTMENT, EnumSet.of(ONGOING, CLOSED),
            ONGOING, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ReferralStatus.class));

    private ReferralSteps() {
    }

    /** What may come next from {@code status}, in the order of the enum. */
    public static List<ReferralStatus> next(ReferralStatus status) {
        return Arrays.stream(ReferralStatus.values()).filter(NEXT.get(status)::contains).toList();
    }

    /** What is wrong with recording {@code to} on {@code on} next; empty when the step may be taken. */
    public static List<UserError> check(Referral referral, ReferralStatus to, LocalDate on, String reason, LocalDate today) {
        InputChecks checks = new InputChecks();
        ReferralStatus from = referral.status();
        if (!NEXT.get(from).contains(to)) {
            checks.add(UserError.notAllowed("status", from == CLOSED
                    ? "This referral is closed, so nothing more can be recorded on it"
                    : "A referral marked '" + from.words() + "' cannot be marked '" + to.words() + "'. Next it can be: "
                    + String.join(", ", next(from).stream().map(status -> "'" + status.words() + "'").toList())));
            return checks.errors();
        }
        if (to == SENT && referral.consent() == null) {
            checks.add(UserError.invalid("status", "Record the young person's consent before sending the referral"));
        } else if (to == SENT && on != null && referral.consent().givenOn().isAfter(on)) {
            checks.add(UserError.invalid("on", "Consent was given on " + Days.inWords(referral.consent().givenOn())
                    + ", so the referral cannot have been sent before that day"));
        }
        if (needsReason(referral, to)) {
            checks.required("reason", to == DECLINED ? "why the service declined the referral"
                    : "why the referral is closing before a first appointment", reason, MAX_REASON);
        } else {
            checks.optional("reason", "the reason", reason, MAX_REASON);
        }
        if (on == null) {
            checks.add(UserError.required("on", "the day it happened"));
        } else if (on.isAfter(today)) {
            checks.add(UserError.invalid("on", "The day must be today or before"));
        } else if (on.isBefore(referral.latest().on())) {
            checks.add(UserError.invalid("on", "The day must be on or after " + Days.inWords(referral.latest().on())
                    + ", when the referral was marked '" + from.words() + "'"));
        }
        return checks.errors();
    }

    /** Declining always needs a reason; so does closing before there has been a first appointment. */
    static boolean needsReason(Referral referral, ReferralStatus to) {
        return to == DECLINED || to == CLOSED && referral.firstAppointmentOn() == null;
    }
}
