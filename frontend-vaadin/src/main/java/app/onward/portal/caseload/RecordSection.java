package app.onward.portal.caseload;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** One part of the record page, under its own heading (a landmark a screen-reader user can jump to). */
public class RecordSection extends Div {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public RecordSection(String title) {
        addClassName("record-section");
        var heading = new H2(title);
        String headingId = "section-" + title.toLowerCase().replaceAll("[^a-z]+", "-");
        heading.setId(headingId);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", headingId);
        add(heading);
    }

    public static Paragraph hint(String text) {
        var hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }

    /** The day, as people in England write it. */
    public static String day(OffsetDateTime moment) {
        return moment == null ? "" : Terms.date(moment.atZoneSameInstant(LONDON).toLocalDate());
    }
}
