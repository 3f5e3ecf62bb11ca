package app.onward.portal;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.Controller;

/**
 * Vaadin's browser side talks to the server at the root address ({@code /?v-r=init}, {@code /?v-r=uidl}), which is
 * also the address of the public list of authorities. Vaadin normally gets only what no MVC controller claims, so
 * without this the list page would answer Vaadin's own requests. This sends them to Vaadin first.
 */
@Configuration
class VaadinRequestsAtRoot {

    @Bean
    HandlerMapping vaadinInternalRequests(RequestUtil vaadinRequests,
                                          @Qualifier("vaadinForwardingController") Controller vaadin) {
        var mapping = new AbstractHandlerMapping() {
            @Override
            protected Object getHandlerInternal(HttpServletRequest request) {
                return vaadinRequests.isFrameworkInternalRequest(request) ? vaadin : null;
            }
        };
        mapping.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return mapping;
    }
}
