package app.onward.portal.problem;

import app.onward.portal.OnwardProperties;
import app.onward.portal.identity.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;

/** Replaces Vaadin's own "could not navigate" page, which names routes and means nothing to our users. */
@AnonymousAllowed
@PageTitle("Page not found – Onward")
public class PageNotFoundView extends ProblemPage implements HasErrorParameter<NotFoundException> {

    PageNotFoundView(CurrentUser currentUser, AuthenticationContext authentication, OnwardProperties properties) {
        super(currentUser, authentication, properties);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(new ProblemMessage("Page not found", "If you typed the web address, check it is correct.",
                "Go to your home page", home().path()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
