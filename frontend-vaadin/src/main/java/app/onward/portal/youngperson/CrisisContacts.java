package app.onward.portal.youngperson;

import app.onward.portal.youngperson.MyModel.AdviserContact;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Who to reach when waiting feels too hard, on every page about mental health (DESIGN.md, "Young people's safety on
 * shared phones"): each number is a link a phone can call or text straight away. The national services are the same
 * for every authority; the personal adviser is the young person's own.
 */
class CrisisContacts extends Div {

    static final String ID = "crisis-contacts";

    CrisisContacts(AdviserContact adviser) {
        addClassName("crisis");
        setId(ID);
        var heading = new H2("If waiting feels too hard");
        heading.setId(ID + "-heading");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        var list = new UnorderedList(
                contact("If your life is at risk now", "call 999 or go to A&E.", link("tel:999", "Call 999")),
                contact("NHS 111", "call 111 and choose the mental health option. Open 24 hours.",
                        link("tel:111", "Call 111")),
                contact("Samaritans", "call 116 123, free, any time.", link("tel:116123", "Call 116 123")),
                contact("Shout", "text SHOUT to 85258. Free, any time.", textShout()));
        list.addClassName("crisis-list");
        add(heading, new Paragraph("You do not have to wait on your own. You can talk to someone now:"), list,
                adviser(adviser));
    }

    private static ListItem contact(String who, String how, Anchor link) {
        var name = new Span(who + ": ");
        name.addClassName("crisis-who");
        return new ListItem(new Paragraph(name, new Span(how)), link);
    }

    private static Div adviser(AdviserContact adviser) {
        var part = new Div();
        part.addClassName("crisis-adviser");
        if (adviser == null) {
            part.add(new Paragraph("You can also call your council’s leaving care team."));
            return part;
        }
        part.add(new Paragraph("You can also talk to " + adviser.name() + ", your personal adviser:"));
        if (adviser.phone() != null && !adviser.phone().isBlank()) {
            part.add(link("tel:" + adviser.phone().replaceAll("[^0-9+]", ""), "Call " + adviser.phone()));
        }
        if (adviser.email() != null && !adviser.email().isBlank()) {
            part.add(link("mailto:" + adviser.email(), "Email " + adviser.email()));
        }
        return part;
    }

    /** Opens the phone's messages with SHOUT already typed. Vaadin refuses sms: links unless told: this one is ours. */
    private static Anchor textShout() {
        var link = new Anchor();
        link.setText("Text SHOUT to 85258");
        link.setUnsafeHref("sms:85258?body=SHOUT");
        link.addClassName("contact-link");
        return link;
    }

    private static Anchor link(String href, String text) {
        var link = new Anchor(href, text);
        link.addClassName("contact-link");
        return link;
    }
}
