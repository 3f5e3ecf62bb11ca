package app.onward.graphql;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class OverloadGuardTest {

    private final OverloadGuard guard = new OverloadGuard(1, Duration.ofMillis(50));

    @Test
    void shouldRefuseAtOnceWithARetryWhileEveryPermitIsTakenAndAdmitAgainOnceOneIsFree() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<MockHttpServletResponse> first = threads.submit(() -> call((request, response) -> {
                inside.countDown();
                release.await();
            }));
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

            MockHttpServletResponse refused = call((request, response) -> { });

            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
            assertThat(refused.getContentAsString()).contains("\"code\":\"OVERLOADED\"");
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        }
        assertThat(call((request, response) -> { }).getStatus()).isEqualTo(200);
    }

    @Test
    void shouldGiveThePermitBackWhenTheRequestFails() throws Exception {
        try {
            call((request, response) -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the request's own failure, not the guard's
        }
        assertThat(call((request, response) -> { }).getStatus()).isEqualTo(200);
    }

    private interface Work {
        void run(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) throws Exception;
    }

    private MockHttpServletResponse call(Work work) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(new MockHttpServletRequest("POST", "/graphql"), response, (request, resp) -> {
            try {
                work.run(request, resp);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return response;
    }
}
