package app.onward.portal.youngperson;

import app.onward.portal.OnwardProperties;
import app.onward.portal.identity.CurrentUser;
import app.onward.portal.identity.ServiceBrand;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouterLayout;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of every young person's page: one column, large touch targets, and "Leave this site quickly" always
 * in reach at the top. Any signed-in user may have the frame; each view narrows access to its own roles.
 */
@PermitAll
public class YoungPersonLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    YoungPersonLayout(CurrentUser currentUser, OnwardProperties properties) {
        addClassName("young-person");
        var header = new Header(new ServiceBrand(currentUser), new QuickExitButton(properties.quickExitUrl()));
        header.addClassNames("portal-header", "young-person-header");
        content.addClassNames("portal-content", "young-person-content");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }
}
