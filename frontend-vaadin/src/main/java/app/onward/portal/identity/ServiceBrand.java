package app.onward.portal.identity;

import app.onward.portal.graphql.BackendException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** "Onward" and the signed-in user's authority, at the start of every signed-in page's header. */
public class ServiceBrand extends Div {

    public ServiceBrand(CurrentUser currentUser) {
        addClassName("brand");
        var service = new Span("Onward");
        service.addClassName("service-name");
        add(service);
        try {
            Authority authority = currentUser.me().authority();
            if (authority != null) {
                var name = new Span(authority.name());
                name.addClassName("authority-name");
                add(name);
            }
        } catch (BackendException unavailable) {
            // The page below says what went wrong; the header just leaves the authority out.
        }
    }
}
