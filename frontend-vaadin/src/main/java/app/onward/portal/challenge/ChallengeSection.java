package app.onward.portal.challenge;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** One part of a challenge's page under its own heading: a region a screen-reader user can jump to. */
class ChallengeSection extends Div {

    ChallengeSection(String title) {
        addClassName("record-section");
        var heading = new H2(title);
        String headingId = "section-" + title.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("-$", "");
        heading.setId(headingId);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", headingId);
        add(heading);
    }
}
