package app.onward.portal.caseload;

import app.onward.portal.caseload.YoungPersonRecord.Contact;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.ArrayList;

/** The contacts log, newest first, with the agreed frequency it is measured against. */
class ContactsSection extends RecordSection {

    ContactsSection(YoungPersonRecord record) {
        super("Contacts");
        add(hint("Agreed contact: " + record.contactFrequency().words().toLowerCase() + "."));
        if (record.contacts().isEmpty()) {
            add(new Paragraph("No contacts logged yet."));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("contacts");
        for (Contact contact : record.contacts()) {
            var what = new Span(summary(contact));
            what.addClassName("contact-summary");
            var item = new ListItem(what);
            item.addClassName("contact");
            if (!contact.notes().isBlank()) {
                item.add(new Paragraph(contact.notes()));
            }
            list.add(item);
        }
        add(list);
    }

    private static String summary(Contact contact) {
        var parts = new ArrayList<String>();
        parts.add(Terms.date(contact.happenedOn()));
        parts.add(contact.kind().words());
        if (contact.seenAlone() != null) {
            parts.add(contact.seenAlone() ? "seen alone" : "not seen alone");
        }
        parts.add("logged by " + contact.recordedBy().name());
        return String.join(" · ", parts);
    }
}
