package app.onward.portal.challenge;

import app.onward.portal.caseload.Terms;
import app.onward.portal.challenge.ChallengeModel.Action;
import app.onward.portal.challenge.ChallengeModel.Challenge;
import app.onward.portal.challenge.ChallengeModel.Event;
import app.onward.portal.challenge.ChallengeModel.QuoteWarning;
import app.onward.portal.challenge.ChallengeModel.YouSaidWeDidDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The parts of a challenge's page that only show it: what was said and asked, the response, the history. */
final class ChallengeSections {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private ChallengeSections() {
    }

    /** "3 March 2026 at 14:05", in England's time. */
    static String moment(OffsetDateTime at) {
        return at == null ? "" : MOMENT.format(at.atZoneSameInstant(LONDON));
    }

    static ChallengeSection whoAndWhen(Challenge challenge) {
        var section = new ChallengeSection("Who answers, and by when");
        var details = new DescriptionList();
        details.addClassName("details");
        details.add(new Term("Put to"), new Description(challenge.answerer().name()));
        var due = new Description(Terms.date(challenge.responseDueOn()));
        if (challenge.overdue()) {
            due.add(new Span(" "), Flag.overdue("Response overdue"));
        }
        details.add(new Term("Response due"), due);
        details.add(new Term("Raised by"), new Description(challenge.raisedBy() + ", " + Terms.date(challenge.raisedOn())));
        section.add(details);
        return section;
    }

    static ChallengeSection quotes(Challenge challenge) {
        var section = new ChallengeSection("What young people said");
        var list = new OrderedList();
        list.addClassName("quotes");
        for (int place = 0; place < challenge.quotes().size(); place++) {
            int quote = place;
            var item = new ListItem();
            item.addClassName("quote");
            var words = new Paragraph("“" + challenge.quotes().get(place) + "”");
            words.addClassName("quote-text");
            item.add(words);
            challenge.quoteWarnings().stream().filter(warning -> warning.quote() == quote)
                    .map(QuoteWarning::message)
                    .forEach(message -> {
                        var warning = new Paragraph(message);
                        warning.addClassName("quote-warning");
                        item.add(warning);
                    });
            list.add(item);
        }
        var ask = new Paragraph(challenge.ask());
        ask.addClassName("challenge-ask");
        section.add(list, new H3("What they ask"), ask);
        return section;
    }

    /**
     * The response and its actions, each with who, by when, and done or overdue.
     *
     * @param markDone a "Mark done" button for an action not yet done, or null when none should be offered
     */
    static ChallengeSection response(Challenge challenge, Function<Action, Component> markDone) {
        var section = new ChallengeSection("Response and actions");
        if (challenge.response() == null) {
            section.add(new Paragraph("No response yet."));
            return section;
        }
        var response = new Paragraph(challenge.response());
        response.addClassName("challenge-response");
        var actions = new UnorderedList();
        actions.addClassName("challenge-actions");
        for (Action action : challenge.actions()) {
            var item = new ListItem();
            item.addClassName("challenge-action");
            var what = new Paragraph(action.description());
            what.addClassName("action-what");
            var who = new Paragraph(action.owner() + " · by " + Terms.date(action.dueOn())
                    + (action.doneOn() == null ? "" : " · done " + Terms.date(action.doneOn())));
            who.addClassName("hint");
            item.add(what, who);
            if (action.doneOn() != null) {
                item.add(Flag.done());
            } else if (action.overdue()) {
                item.add(Flag.overdue());
            }
            if (action.doneOn() == null && markDone != null) {
                item.add(markDone.apply(action));
            }
            actions.add(item);
        }
        section.add(response, new H3("Actions"), actions);
        return section;
    }

    /** The public summary as drafted, whether a Youth Voice worker agreed it and whether it is published. */
    static ChallengeSection youSaidWeDid(Challenge challenge, String slug) {
        var section = new ChallengeSection("You said, we did");
        YouSaidWeDidDraft draft = challenge.youSaidWeDid();
        if (draft == null) {
            section.add(new Paragraph("Not written yet. Once the response is agreed, the leader writes a short public "
                    + "summary, a Youth Voice worker agrees the wording, and the leader publishes it on the council's "
                    + "public pages."));
            return section;
        }
        var wording = new DescriptionList();
        wording.addClassName("you-said-we-did");
        wording.add(new Term("You said"), new Description(draft.youSaid()),
                new Term("We did"), new Description(draft.weDid()));
        var agreed = new Paragraph(draft.agreedBy() == null ? "Not agreed by Youth Voice yet."
                : "Agreed by " + draft.agreedBy() + " on " + moment(draft.agreedAt()) + ".");
        section.add(wording, agreed);
        if (draft.publishedAt() == null) {
            section.add(new Paragraph("Not on the public pages."));
        } else {
            var published = new Paragraph("Published on " + moment(draft.publishedAt()) + ": ");
            published.add(new Anchor("/" + slug + "/you-said-we-did", "see the public page"));
            section.add(published);
        }
        return section;
    }

    static ChallengeSection history(List<Event> events) {
        var section = new ChallengeSection("History");
        var list = new OrderedList();
        list.addClassName("history");
        for (Event event : events) {
            var item = new ListItem(new Span(event.status().words()),
                    new Span(" · " + moment(event.at()) + " · " + event.by()));
            item.addClassName("history-event");
            list.add(item);
        }
        section.add(list);
        return section;
    }

    static Div lead(Challenge challenge) {
        var lead = new Div();
        lead.addClassName("lead");
        lead.add(new Span(challenge.theme().words() + " · " + challenge.status().words() + " · "
                + challenge.status().waitingFor()));
        if (challenge.overdue()) {
            lead.add(new Span(" "), Flag.overdue("Response overdue"));
        }
        long lateActions = challenge.actions().stream()
                .filter(action -> action.overdue() && action.doneOn() == null).count();
        if (lateActions > 0) {
            lead.add(new Span(" "), Flag.overdue(lateActions == 1 ? "1 action overdue" : lateActions + " actions overdue"));
        }
        return lead;
    }
}
