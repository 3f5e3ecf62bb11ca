package app.onward.portal.caseload;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Where a page says what just happened; a live region, so screen readers hear it without moving focus. */
public class StatusArea extends Div {

    public StatusArea() {
        addClassName("status-area");
        getElement().setAttribute("role", "status");
    }

    public void say(Component message) {
        removeAll();
        add(message);
    }

    public void say(String message) {
        removeAll();
        add(new Paragraph(message));
    }
}
