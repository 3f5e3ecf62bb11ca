package app.onward.portal.youngperson;

import app.onward.portal.youngperson.MyModel.AdviserContact;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** Who the young person's personal adviser is and how to reach them: a phone link and an email link. */
class AdviserCard extends Div {

    AdviserCard(AdviserContact adviser) {
        addClassName("adviser");
        add(new H2("Your personal adviser"));
        if (adviser == null) {
            add(new Paragraph("We are finding you a personal adviser. Until then, you can call your council's "
                    + "leaving care team."));
            return;
        }
        var name = new Paragraph(adviser.name());
        name.addClassName("adviser-name");
        add(name, new Paragraph(adviser.jobTitle() + ", " + adviser.teamName()));
        if (adviser.phone() != null && !adviser.phone().isBlank()) {
            add(contactLink("tel:" + adviser.phone().replaceAll("[^0-9+]", ""), "Call " + adviser.phone()));
        }
        if (adviser.email() != null && !adviser.email().isBlank()) {
            add(contactLink("mailto:" + adviser.email(), "Email " + adviser.email()));
        }
    }

    private static Anchor contactLink(String href, String text) {
        var link = new Anchor(href, text);
        link.addClassName("contact-link");
        return link;
    }

    /** "Priya Sharma, your personal adviser", or who else to ask while there is none. */
    static String whoToAsk(AdviserContact adviser) {
        return adviser == null ? "your council's leaving care team" : adviser.name() + ", your personal adviser";
    }
}
