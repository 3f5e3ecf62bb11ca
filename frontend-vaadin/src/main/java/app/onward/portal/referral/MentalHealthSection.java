package app.onward.portal.referral;

import app.onward.portal.caseload.RecordSection;
import app.onward.portal.caseload.Terms;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.referral.Referral.Consent;
import app.onward.portal.referral.Referral.StatusChange;
import app.onward.portal.referral.Referrals.OfYoungPerson;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Mental-health support on the record page: the young person's referrals, each with its wait against the
 * authority's limit, and the ways to start one, change it and record what happened. Special-category data: the
 * backend gives it only to their personal adviser and the managers of the adviser's team (and audits each read);
 * anyone else who may open the record reads one calm sentence, and nothing says whether there is a referral.
 * Asked for separately from the rest of the record, so a read is made (and audited) only where it is shown.
 */
public class MentalHealthSection extends RecordSection {

    static final String NOT_FOR_YOU =
            "Only their personal adviser and the adviser’s team managers can see mental-health referrals.";

    private final Referrals referrals;
    private final String youngPersonId;
    private final String name;
    private final LocalDate today;
    private final Consumer<String> say;
    private final Div body = new Div();

    /** @param say where the page says what just happened (its status area) */
    public MentalHealthSection(Referrals referrals, String youngPersonId, String name, LocalDate today,
                               Consumer<String> say) {
        super("Mental-health support");
        this.referrals = referrals;
        this.youngPersonId = youngPersonId;
        this.name = name;
        this.today = today;
        this.say = say;
        addClassName("mental-health");
        add(body);
        show();
    }

    private void show() {
        body.removeAll();
        try {
            referrals.of(youngPersonId).ifPresent(this::show);
        } catch (BackendException problem) {
            body.add(new Paragraph("We cannot show mental-health referrals just now. "
                    + problem.problem().friendlyMessage()));
        }
    }

    private void show(OfYoungPerson found) {
        if (!found.mayReadMentalHealthReferrals()) {
            body.add(new Paragraph(NOT_FOR_YOU));
            return;
        }
        var start = new Button("Start a referral", click -> ReferralDialog.start(referrals, youngPersonId, name, today,
                saved -> changed("Referral to " + saved.serviceInWords() + " saved as a draft.")).open());
        var actions = new Div(start);
        actions.addClassName("record-actions");
        body.add(actions);
        if (found.mentalHealthReferrals().isEmpty()) {
            body.add(new Paragraph("No referrals for mental-health support."));
        }
        found.mentalHealthReferrals().forEach(referral -> body.add(card(referral)));
    }

    private Div card(Referral referral) {
        var heading = new H3(referral.serviceInWords() + " · " + referral.urgency().words());
        var state = new Paragraph(new Span(referral.status().words()), new Span(referral.statusOn() == null ? ""
                : ", since " + Terms.date(referral.statusOn())));
        state.addClassName("referral-status");
        var card = new Div(heading, state, wait(referral), details(referral), history(referral), actions(referral));
        card.addClassNames("referral", referral.escalated() ? "referral-escalated" : "referral-in-time");
        return card;
    }

    /** Over the limit: a warning tag in words (never colour alone). */
    private static Paragraph wait(Referral referral) {
        var wait = new Paragraph();
        wait.addClassName("referral-wait");
        if (referral.escalated()) {
            var tag = new Span("Waiting too long");
            tag.addClassName("warning-tag");
            wait.add(tag, new Span(" " + referral.waitInWords() + "." + (referral.escalatedOn() == null ? ""
                    : " Escalated on " + Terms.date(referral.escalatedOn()) + ".")));
        } else {
            wait.add(new Span(referral.waitInWords() + "."));
        }
        return wait;
    }

    private static DescriptionList details(Referral referral) {
        var list = new DescriptionList();
        list.addClassName("details");
        item(list, "Reason", referral.reason());
        item(list, "Consent", consent(referral.consent()));
        item(list, "Known to CAMHS before 18", referral.knownToCamhsBefore18() ? "Yes" : "No");
        item(list, "Moving from CAMHS", referral.transitionFromCamhs() ? "Yes, this is their transition to adult services"
                : "No");
        item(list, "Started", RecordSection.day(referral.startedAt()) + " by " + referral.startedBy().name());
        return list;
    }

    /** "The young person, in person, on 3 March 2026". */
    static String consent(Consent consent) {
        return consent == null ? "Not recorded yet: needed before the referral is sent"
                : consent.givenBy().words() + ", " + consent.how().words().toLowerCase() + ", on "
                + Terms.date(consent.givenOn());
    }

    private static Div history(Referral referral) {
        var list = new UnorderedList();
        list.addClassName("history");
        for (StatusChange change : referral.statusHistory()) {
            list.add(new ListItem(Terms.date(change.on()) + " · " + change.status().words()
                    + (change.reason() == null ? "" : " · " + change.reason())
                    + " · recorded by " + change.recordedBy().name()));
        }
        return new Div(new H4("Status history"), list);
    }

    private Div actions(Referral referral) {
        var actions = new Div();
        actions.addClassName("record-actions");
        var change = new Button("Change details", click -> ReferralDialog.change(referrals, referral, name, today,
                () -> reread(referral.id()), saved -> changed("Referral details saved.")).open());
        change.setAriaLabel("Change details: " + referral.serviceInWords());
        actions.add(change);
        if (!referral.nextStatuses().isEmpty()) {
            var record = new Button("Record what happened", click -> new RecordReferralStatusDialog(referrals, referral,
                    today, () -> reread(referral.id()), saved -> changed("Recorded: " + saved.status().words()
                    + ", " + Terms.date(saved.statusOn()) + ".")).open());
            record.addThemeVariants(ButtonVariant.PRIMARY);
            record.setAriaLabel("Record what happened: " + referral.serviceInWords());
            actions.add(record);
        }
        return actions;
    }

    private Optional<Referral> reread(String referralId) {
        try {
            return referrals.of(youngPersonId).stream().flatMap(found -> found.mentalHealthReferrals().stream())
                    .filter(referral -> referral.id().equals(referralId)).findFirst();
        } catch (BackendException problem) {
            return Optional.empty();
        }
    }

    private void changed(String message) {
        say.accept(message);
        show();
    }

    private static void item(DescriptionList list, String term, String description) {
        list.add(new Term(term), new Description(description));
    }
}
