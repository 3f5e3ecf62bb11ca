package app.onward.portal.challenge;

import app.onward.portal.caseload.UserError;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;

/**
 * "Someone else acted first": what happened since, in the backend's words, and that nothing of this person's
 * was lost (caseload's ConflictMessage does the same for a young person's details).
 */
class ConflictNotice extends Div {

    ConflictNotice() {
        addClassName("conflict");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(List<UserError> errors) {
        removeAll();
        add(new H3("Someone else acted on this challenge while you had it open"));
        errors.forEach(error -> add(new Paragraph(error.message())));
        add(new Paragraph("Everything you typed is still there. The page now shows the challenge as it is: check "
                + "it, then try again if it still needs doing."));
        setVisible(true);
        getElement().scrollIntoView();
    }

    void clear() {
        removeAll();
        setVisible(false);
    }
}
