package app.onward.portal.referral;

import app.onward.portal.caseload.UserError;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Someone else saved this referral first": the backend's message saying what they changed, and that nothing of
 * this person's was saved and what they typed is still in the form (DESIGN.md, "No lost updates").
 */
class ReferralConflict extends Div {

    ReferralConflict() {
        addClassName("conflict");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** @param whatNow what became of what this person entered, and what to do */
    void show(UserError conflict, String whatNow) {
        removeAll();
        add(new H3("Someone else saved this referral while you were working on it"),
                new Paragraph(conflict.message()), new Paragraph(whatNow));
        setVisible(true);
        getElement().scrollIntoView();
    }

    void hide() {
        removeAll();
        setVisible(false);
    }
}
