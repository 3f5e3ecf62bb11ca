package app.onward.portal.caseload;

import app.onward.portal.caseload.YoungPersonRecord.CircumstanceChange;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** Changes of circumstances, newest first: what, when, and who told us. */
class ChangesSection extends RecordSection {

    ChangesSection(YoungPersonRecord record) {
        super("Changes of circumstances");
        if (record.circumstanceChanges().isEmpty()) {
            add(new Paragraph("None recorded."));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("changes");
        for (CircumstanceChange change : record.circumstanceChanges()) {
            String what = change.kind().words() + " on " + Terms.date(change.occurredOn())
                    + (change.intoAuthorityAccommodation() ? ", into accommodation the council provides" : "")
                    + " · " + change.reportedBy().words();
            var item = new ListItem(new Span(what));
            if (!change.description().isBlank()) {
                item.add(new Paragraph(change.description()));
            }
            list.add(item);
        }
        add(list);
    }
}
