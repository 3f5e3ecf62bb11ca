package app.onward.portal.challenge;

import app.onward.portal.caseload.Terms;
import app.onward.portal.challenge.ChallengeModel.Answerer;
import app.onward.portal.challenge.ChallengeModel.ChallengeSummary;
import app.onward.portal.challenge.ChallengeTerms.Status;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** One challenge in a list (the board, the inbox): its title to open it, who answers, when, and what is late. */
class ChallengeCard extends ListItem {

    ChallengeCard(ChallengeSummary challenge, boolean showStatus) {
        addClassName("challenge-card");
        var title = new RouterLink(challenge.title(), ChallengeView.class, new RouteParameters("id", challenge.id()));
        title.addClassName("challenge-card-title");
        var flags = new Div();
        flags.addClassName("challenge-flags");
        if (challenge.overdue()) {
            flags.add(Flag.overdue("Response overdue"));
        }
        long lateActions = challenge.overdueActions();
        if (lateActions > 0) {
            flags.add(Flag.overdue(lateActions == 1 ? "1 action overdue" : lateActions + " actions overdue"));
        }
        var about = new Paragraph(challenge.theme().words()
                + (showStatus ? " · " + challenge.status().words() : "")
                + " · put to " + answerer(challenge.answerer()));
        about.addClassName("hint");
        add(title, about, new Paragraph(due(challenge)));
        if (flags.getComponentCount() > 0) {
            add(flags);
        }
    }

    /** "Margaret O'Connell, Director of Children's Services", or "the corporate parenting board" mid-sentence. */
    static String answerer(Answerer answerer) {
        return answerer.board() && answerer.name().startsWith("The ") ? "the " + answerer.name().substring(4)
                : answerer.name();
    }

    /** Until the response comes, its due date; after, when it was raised. */
    private static String due(ChallengeSummary challenge) {
        boolean awaitingResponse = challenge.status() == Status.SUBMITTED || challenge.status() == Status.ACKNOWLEDGED;
        return awaitingResponse ? "Response due " + Terms.date(challenge.responseDueOn())
                : "Raised " + Terms.date(challenge.raisedOn());
    }
}
