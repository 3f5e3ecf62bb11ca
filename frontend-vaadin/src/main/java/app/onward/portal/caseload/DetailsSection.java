package app.onward.portal.caseload;

import app.onward.portal.caseload.YoungPersonRecord.CategoryEntry;
import app.onward.portal.caseload.YoungPersonRecord.ContactDetails;
import app.onward.portal.caseload.YoungPersonRecord.InTouchEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;

import java.util.List;
import java.util.function.Consumer;

/** Who they are and how to reach them; "Edit details" swaps the list for the form in the same place. */
class DetailsSection extends RecordSection {

    DetailsSection(YoungPeople youngPeople, YoungPersonRecord record, Consumer<YoungPersonRecord> onSaved) {
        super("Details");
        var details = details(record);
        var edit = new Button("Edit details");
        edit.addClickListener(click -> {
            remove(details, edit);
            add(new DetailsForm(youngPeople, record, onSaved, () -> add(details, edit)));
        });
        add(details, edit);
    }

    private static DescriptionList details(YoungPersonRecord record) {
        var list = new DescriptionList();
        list.addClassName("details");
        item(list, "Name", record.givenName() + " " + record.familyName());
        item(list, "Known as", record.knownAs());
        item(list, "Pronouns", orNot(record.pronouns()));
        item(list, "Date of birth", Terms.date(record.dateOfBirth()) + " (" + record.age() + " years old)");
        item(list, "Category", record.category() == null ? "Not recorded" : record.category().words()
                + categoryHistory(record));
        item(list, "Unaccompanied asylum-seeking", yesNo(record.unaccompaniedAsylumSeeking()));
        item(list, "Parent", yesNo(record.isParent()));
        item(list, "Disability", record.hasDisability()
                ? "Yes" + (record.disabilityDetails() == null ? "" : ": " + record.disabilityDetails()) : "No");
        item(list, "Ethnicity", record.ethnicity());
        item(list, "Preferred language", record.preferredLanguage());
        ContactDetails contact = record.contactDetails();
        item(list, "Phone", orNot(contact.phone()) + (contact.consentsToTexts() ? " (agrees to texts)" : " (no texts)"));
        item(list, "Email", orNot(contact.email()) + (contact.consentsToEmail() ? " (agrees to email)" : " (no email)"));
        item(list, "In touch", (record.inTouch() == null ? "Not recorded" : record.inTouch().words()) + inTouchHistory(record));
        item(list, "Team", record.team().name());
        item(list, "Onward account", record.hasAccount() ? "Yes, they can sign in" : "No");
        return list;
    }

    private static String categoryHistory(YoungPersonRecord record) {
        return history(record.categoryHistory().stream()
                .map((CategoryEntry entry) -> entry.category().words() + " from " + Terms.date(entry.appliesFrom()))
                .toList());
    }

    private static String inTouchHistory(YoungPersonRecord record) {
        return history(record.inTouchHistory().stream()
                .map((InTouchEntry entry) -> entry.status().words() + " from " + Terms.date(entry.appliesFrom()))
                .toList());
    }

    /** " (from 3 March 2026)" for one entry; every entry, as the backend orders them, when there are more. */
    private static String history(List<String> entries) {
        if (entries.isEmpty()) {
            return "";
        }
        if (entries.size() == 1) {
            return " (" + entries.getFirst().substring(entries.getFirst().lastIndexOf(" from ") + 1) + ")";
        }
        return " (history: " + String.join("; ", entries) + ")";
    }

    private static void item(DescriptionList list, String term, String description) {
        list.add(new Term(term), new Description(description));
    }

    private static String orNot(String value) {
        return value == null || value.isBlank() ? "Not given" : value;
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
