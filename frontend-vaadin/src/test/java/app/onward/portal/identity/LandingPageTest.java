package app.onward.portal.identity;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LandingPageTest {

    @Test
    void shouldSendStaffToTheStaffPortal() {
        assertThat(LandingPage.forRoles(Set.of(Role.PERSONAL_ADVISER))).isEqualTo(LandingPage.STAFF_HOME);
        assertThat(LandingPage.forRoles(Set.of(Role.PLATFORM_ADMIN)).path()).isEqualTo("/staff");
    }

    @Test
    void shouldSendACareLeaverToTheirOwnView() {
        assertThat(LandingPage.forRoles(Set.of(Role.CARE_LEAVER)).path()).isEqualTo("/my");
    }

    @Test
    void shouldSendSomeoneWhoIsBothToTheStaffPortal() {
        assertThat(LandingPage.forRoles(Set.of(Role.CARE_LEAVER, Role.YOUTH_VOICE_WORKER)))
                .isEqualTo(LandingPage.STAFF_HOME);
    }

    @Test
    void shouldTellSomeoneWithoutAnOnwardRoleThatTheyHaveNoAccess() {
        assertThat(LandingPage.forRoles(Set.of()).path()).isEqualTo("/no-access");
    }
}
