package app.onward.identity;

import app.onward.tenant.TenantContext;
import app.onward.tenant.TenantScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Puts the signed-in user's tenant on the request's thread once the token is verified, and always clears it
 * afterwards. Logs carry the tenant's slug (never a name). Anonymous requests get no tenant: public reads set
 * their own, per query, through {@code PublicReads}.
 */
class TenantContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var tenant = CurrentUser.find().flatMap(SignedInUser::tenant);
        if (tenant.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put("tenant", tenant.get().slug());
        try (var ignored = TenantContext.enter(TenantScope.member(tenant.get().id()))) {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("tenant");
        }
    }
}
