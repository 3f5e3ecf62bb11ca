package app.onward.portal.caseload;

import app.onward.portal.caseload.YoungPeople.LanguageFlag;
import app.onward.portal.caseload.YoungPeople.LogContactPayload;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What a saved contact changed: the next contact now due, and, as advice only, any words in the notes that young
 * people find stigmatising with the words they prefer (the contact is saved either way).
 */
class ContactSaved extends Div {

    ContactSaved(String name, LogContactPayload payload) {
        addClassName("saved-message");
        add(new Paragraph("Contact with " + name + " saved."));
        if (payload.youngPerson() != null) {
            Clocks.Due contact = payload.youngPerson().clocks().contact();
            add(new Paragraph("Next contact due " + Terms.date(contact.dueOn()) + " (" + contact.status().words()
                    + ")."));
        }
        if (!payload.languageFlags().isEmpty()) {
            add(languageAdvice(payload));
        }
    }

    private static Div languageAdvice(LogContactPayload payload) {
        var advice = new Div(new Paragraph("Words young people would rather we did not use. Your notes are saved; "
                + "you may want to change them next time:"));
        advice.addClassName("language-advice");
        var flags = new UnorderedList();
        for (LanguageFlag flag : payload.languageFlags()) {
            flags.add(new ListItem("“" + flag.found() + "”: young people prefer “" + flag.suggestion() + "”. "
                    + flag.explanation()));
        }
        advice.add(flags);
        return advice;
    }
}
