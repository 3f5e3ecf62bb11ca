package app.onward.graphql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A bound on the API's concurrent work. With a virtual thread per request nothing else limits it: under more
 * load than the machine can serve, requests pile up until the heap runs out and the process stops answering
 * anyone (found by the caseload benchmark, docs/performance.md). Here a request waits a moment for a permit
 * and is otherwise refused at once with 503 and a {@code Retry-After}, so overload turns into quick refusals
 * the client can retry, and the requests already admitted finish.
 */
public class OverloadGuard extends OncePerRequestFilter {

    static final String BUSY = """
            {"errors":[{"message":"Onward is busy. Please try again in a moment.","extensions":{"code":"OVERLOADED"}}]}""";

    private final Semaphore permits;
    private final Duration wait;

    public OverloadGuard(int maxConcurrentRequests, Duration wait) {
        this.permits = new Semaphore(maxConcurrentRequests);
        this.wait = wait;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "1");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write(BUSY);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
