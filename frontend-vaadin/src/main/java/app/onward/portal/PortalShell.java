package app.onward.portal;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** What every Vaadin page shares, beyond its views: the page language and what a tab does when its session ends. */
@Component
class PortalShell implements VaadinServiceInitListener {

    /** The plain page a tab goes to when its user has been signed out (identity.SignInPages). */
    static final String SIGNED_OUT_PAGE = "/signed-out";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response ->
                response.getDocument().getElementsByTag("html").attr("lang", "en-GB"));
        event.getSource().setSystemMessagesProvider(info -> systemMessages());
    }

    private static CustomizedSystemMessages systemMessages() {
        var messages = new CustomizedSystemMessages();
        // Straight to the signed-out page, without a notice that leaves the last page on screen until someone
        // taps it: the screen of a shared phone must not keep showing a young person's page.
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL(SIGNED_OUT_PAGE);
        messages.setInternalErrorCaption("Sorry, there is a problem");
        messages.setInternalErrorMessage("Please try again. If it keeps happening, tell your council.");
        return messages;
    }
}
