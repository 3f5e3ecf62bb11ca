package app.onward.portal.problem;

import app.onward.portal.OnwardProperties;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.graphql.BackendProblem;
import app.onward.portal.identity.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any other failure while opening a view: a plain apology instead of Vaadin's technical error page. */
@AnonymousAllowed
@PageTitle("Sorry, there is a problem – Onward")
public class SomethingWentWrongView extends ProblemPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(SomethingWentWrongView.class);

    SomethingWentWrongView(CurrentUser currentUser, AuthenticationContext authentication, OnwardProperties properties) {
        super(currentUser, authentication, properties);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not show {}", event.getLocation().getPath(), parameter.getCaughtException());
        BackendProblem problem = parameter.getCaughtException() instanceof BackendException backend
                ? backend.problem()
                : BackendProblem.INTERNAL;
        show(new ProblemMessage("Sorry, there is a problem", problem.friendlyMessage(),
                "Go to your home page", home().path()));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
