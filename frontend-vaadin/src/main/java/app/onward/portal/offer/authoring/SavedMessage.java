package app.onward.portal.offer.authoring;

import com.vaadin.flow.server.VaadinSession;

/**
 * What the offer editor says after moving to another of its pages ("Saved “Council tax exemption”."): kept in the
 * session for the next page to show once, never in the address.
 */
final class SavedMessage {

    private static final String ATTRIBUTE = SavedMessage.class.getName();

    private SavedMessage() {
    }

    static void set(String message) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, message);
    }

    /** The message, once: null when there is none. */
    static String take() {
        VaadinSession session = VaadinSession.getCurrent();
        Object message = session.getAttribute(ATTRIBUTE);
        session.setAttribute(ATTRIBUTE, null);
        return message == null ? null : message.toString();
    }
}
