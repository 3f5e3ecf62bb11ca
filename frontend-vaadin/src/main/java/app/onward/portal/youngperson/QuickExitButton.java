package app.onward.portal.youngperson;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

import java.net.URI;

/**
 * "Leave this site quickly": replaces the page with a neutral site at once, for a young person who needs to
 * hide what they are reading. DESIGN.md, "Young people's safety on shared phones".
 */
public class QuickExitButton extends Button {

    public QuickExitButton(URI neutralSite) {
        super("Leave this site quickly");
        addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR, ButtonVariant.LARGE);
        addClassName("quick-exit");
        // Done in the browser, not on the server, so leaving never waits for a round trip. location.replace keeps
        // this page out of the history, so Back does not return to it. The beacon ends the session (QuickExitController),
        // so the page cannot be reopened from the history either.
        getElement().executeJs("""
                this.addEventListener('click', () => {
                  navigator.sendBeacon($1);
                  window.location.replace($0);
                });""", neutralSite.toString(), QuickExitController.PATH);
    }
}
