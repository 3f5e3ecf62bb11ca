package app.onward.portal.problem;

import app.onward.portal.OnwardProperties;
import app.onward.portal.identity.CurrentUser;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in user opened a view their roles do not allow (a young person opening the staff portal, or the other
 * way round): say so plainly and offer the way to their own home.
 */
@AnonymousAllowed
@PageTitle("Not available – Onward")
public class NotForYouView extends ProblemPage implements HasErrorParameter<AccessDeniedException> {

    NotForYouView(CurrentUser currentUser, AuthenticationContext authentication, OnwardProperties properties) {
        super(currentUser, authentication, properties);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(new ProblemMessage("This page is not for your account",
                "You are signed in, but this part of Onward is for other people.",
                "Go to your own home page", home().path()));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
