package app.onward.portal.security;

import app.onward.portal.challenge.ChallengeBoardView;
import app.onward.portal.challenge.ChallengeInboxView;
import app.onward.portal.challenge.ChallengeView;
import app.onward.portal.challenge.SubmitChallengeView;
import app.onward.portal.identity.Role;
import app.onward.portal.offer.authoring.EntitlementEditorView;
import app.onward.portal.offer.authoring.OfferEditorView;
import app.onward.portal.referral.ReferralThresholdsView;
import app.onward.portal.staff.StaffHomeView;
import app.onward.portal.youngperson.MyReferralView;
import app.onward.portal.youngperson.YoungPersonHomeView;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The views' {@code @RolesAllowed} must be written out by hand; this keeps them in step with {@link Role}. */
class ViewAccessTest {

    @Test
    void shouldLetEveryStaffRoleAndNoYoungPersonIntoTheStaffPortal() {
        assertThat(rolesAllowed(StaffHomeView.class))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).filter(Role::isStaff).map(Role::name).toList());
    }

    @Test
    void shouldLetOnlyCareLeaversIntoTheYoungPersonsView() {
        assertThat(rolesAllowed(YoungPersonHomeView.class)).containsExactly(Role.CARE_LEAVER.name());
    }

    @Test
    void shouldLetOnlyTenantAdminsChangeTheOffer() {
        assertThat(rolesAllowed(OfferEditorView.class)).containsExactly(Role.TENANT_ADMIN.name());
        assertThat(rolesAllowed(EntitlementEditorView.class)).containsExactly(Role.TENANT_ADMIN.name());
    }

    @Test
    void shouldLetOnlyCareLeaversReadTheirReferral() {
        assertThat(rolesAllowed(MyReferralView.class)).containsExactly(Role.CARE_LEAVER.name());
    }

    @Test
    void shouldLetOnlyTenantAdminsChangeTheReferralWaitingLimits() {
        assertThat(rolesAllowed(ReferralThresholdsView.class)).containsExactly(Role.TENANT_ADMIN.name());
    }

    @Test
    void shouldLetOnlyYouthVoiceWorkersAndLeadersSeeChallenges() {
        assertThat(rolesAllowed(ChallengeBoardView.class))
                .containsExactlyInAnyOrder(Role.YOUTH_VOICE_WORKER.name(), Role.LEADER.name());
        assertThat(rolesAllowed(ChallengeView.class))
                .containsExactlyInAnyOrder(Role.YOUTH_VOICE_WORKER.name(), Role.LEADER.name());
    }

    @Test
    void shouldLetOnlyYouthVoiceWorkersRaiseAChallengeAndOnlyLeadersHaveAnInbox() {
        assertThat(rolesAllowed(SubmitChallengeView.class)).containsExactly(Role.YOUTH_VOICE_WORKER.name());
        assertThat(rolesAllowed(ChallengeInboxView.class)).containsExactly(Role.LEADER.name());
    }

    private static String[] rolesAllowed(Class<?> view) {
        return view.getAnnotation(RolesAllowed.class).value();
    }
}
