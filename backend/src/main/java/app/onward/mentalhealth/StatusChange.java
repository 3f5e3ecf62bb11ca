package app.onward.mentalhealth;

import app.onward.youngperson.StaffMember;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One entry of a referral's status history (GraphQL {@code ReferralStatusChange}).
 *
 * @param version the referral's version this change made (1 for the first, DRAFT)
 */
public record StatusChange(ReferralStatus status, LocalDate on, String reason, StaffMember recordedBy,
                           OffsetDateTime recordedAt, int version) {
}
