package app.onward.portal.security;

import app.onward.portal.OnwardProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IdleSignOutTest {

    private final MovableClock clock = new MovableClock();
    private final SecurityContextHolderStrategy securityContexts = SecurityContextHolder.getContextHolderStrategy();
    private final IdleSignOut idleSignOut = new IdleSignOut(new OnwardProperties(URI.create("http://backend/graphql"),
            "secret", Duration.ofMinutes(15), URI.create("https://www.bbc.co.uk/weather")), Duration.ofMinutes(30), clock,
            securityContexts);
    private final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void forgetTheUser() {
        securityContexts.clearContext();
    }

    @Test
    void shouldSignAYoungPersonOutAfterFifteenMinutesOfHeartbeatsAlone() throws Exception {
        signedInAs("ROLE_CARE_LEAVER");
        use();

        clock.advance(Duration.ofMinutes(14));
        heartbeat();
        assertThat(session.isInvalid()).isFalse();

        clock.advance(Duration.ofMinutes(2));
        heartbeat();
        assertThat(session.isInvalid()).isTrue();
        assertThat(securityContexts.getContext().getAuthentication()).isNull();
    }

    @Test
    void shouldCountEveryUseAsAFreshStart() throws Exception {
        signedInAs("ROLE_CARE_LEAVER");
        use();
        clock.advance(Duration.ofMinutes(10));
        use();

        clock.advance(Duration.ofMinutes(10));
        heartbeat();

        assertThat(session.isInvalid()).isFalse();
        assertThat(session.getMaxInactiveInterval()).isEqualTo(15 * 60);
    }

    @Test
    void shouldGiveStaffThirtyMinutes() throws Exception {
        signedInAs("ROLE_PERSONAL_ADVISER");
        use();

        clock.advance(Duration.ofMinutes(20));
        heartbeat();
        assertThat(session.isInvalid()).isFalse();

        clock.advance(Duration.ofMinutes(11));
        heartbeat();
        assertThat(session.isInvalid()).isTrue();
    }

    private void signedInAs(String authority) {
        var authorities = AuthorityUtils.createAuthorityList(authority);
        var user = new DefaultOAuth2User(authorities, Map.of("sub", "someone"), "sub");
        securityContexts.getContext().setAuthentication(new OAuth2AuthenticationToken(user, authorities, "northmoor"));
    }

    private void use() throws Exception {
        request(new MockHttpServletRequest("POST", "/"));
    }

    private void heartbeat() throws Exception {
        var heartbeat = new MockHttpServletRequest("POST", "/");
        heartbeat.setParameter("v-r", "heartbeat");
        request(heartbeat);
    }

    private void request(MockHttpServletRequest request) throws Exception {
        request.setSession(session);
        idleSignOut.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
