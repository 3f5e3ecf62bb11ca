package app.onward.portal.caseload;

import app.onward.portal.caseload.YoungPeople.FieldChange;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.Map;

/** "Someone else saved first": which fields they changed, before → after, in plain words. */
class ConflictMessage extends Div {

    /** The contract's input field names, as the form labels them. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("givenName", "Given name"), Map.entry("familyName", "Family name"),
            Map.entry("preferredName", "Preferred name"), Map.entry("pronouns", "Pronouns"),
            Map.entry("dateOfBirth", "Date of birth"),
            Map.entry("unaccompaniedAsylumSeeking", "Unaccompanied asylum-seeking"),
            Map.entry("isParent", "Is a parent"), Map.entry("hasDisability", "Has a disability"),
            Map.entry("disabilityDetails", "Disability details"), Map.entry("ethnicity", "Ethnicity"),
            Map.entry("preferredLanguage", "Preferred language"), Map.entry("phone", "Phone"),
            Map.entry("email", "Email"), Map.entry("consentsToTexts", "Agrees to texts"),
            Map.entry("consentsToEmail", "Agrees to email"));

    ConflictMessage() {
        addClassName("conflict");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(List<FieldChange> changes) {
        removeAll();
        var list = new UnorderedList();
        for (FieldChange change : changes) {
            String label = LABELS.getOrDefault(change.field(), change.field());
            // Special-category details (health, disability) come without their values: only that they changed.
            list.add(new ListItem(change.before() == null && change.after() == null ? label + ": changed"
                    : label + ": " + shown(change.before()) + " → " + shown(change.after())));
        }
        add(new H3("Someone else saved these details while you were editing"),
                new Paragraph("Nothing of yours was saved yet. They changed:"),
                list,
                new Paragraph("Their changes are now in the form wherever you had not changed that field; "
                        + "everything you typed is still there. Check the form, then save again."));
        setVisible(true);
        getElement().scrollIntoView();
    }

    private static String shown(String value) {
        return value == null || value.isBlank() ? "(empty)" : value;
    }
}
