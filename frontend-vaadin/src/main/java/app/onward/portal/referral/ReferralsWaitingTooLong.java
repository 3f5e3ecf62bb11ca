package app.onward.portal.referral;

import app.onward.portal.caseload.YoungPersonView;
import app.onward.portal.graphql.BackendException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.util.List;

/**
 * On the staff home: the referrals this adviser or manager may read whose wait has passed the authority's limit,
 * longest over first (the backend's order). Each names the young person by what they are called and links to their
 * record by its opaque id: nothing personal goes into the address. A manager may read a referral of a young person
 * of another team (their adviser is in the manager's team) without being able to open the record: no link then.
 */
public class ReferralsWaitingTooLong extends Div {

    public ReferralsWaitingTooLong(Referrals referrals) {
        addClassName("referrals-waiting");
        setId("referrals-waiting");
        add(new H2("Referrals waiting too long"));
        try {
            List<Referral> waiting = referrals.waitingTooLong();
            if (waiting.isEmpty()) {
                add(new Paragraph("No mental-health referral is waiting longer than the authority’s limit."));
                return;
            }
            add(new Paragraph(waiting.size() == 1 ? "1 referral has waited longer than the limit for its urgency."
                    : waiting.size() + " referrals have waited longer than the limit for their urgency."));
            var list = new UnorderedList();
            list.addClassName("notices");
            waiting.forEach(referral -> list.add(item(referral)));
            add(list);
        } catch (BackendException problem) {
            add(new Paragraph(problem.problem().friendlyMessage()));
        }
    }

    private static ListItem item(Referral referral) {
        var who = new Span(referral.youngPerson() == null ? new Span("A young person of another team")
                : new RouterLink(referral.youngPerson().knownAs(), YoungPersonView.class,
                new RouteParameters("id", referral.youngPerson().id())));
        who.addClassName("notice-what");
        var tag = new Span("Waiting too long");
        tag.addClassName("warning-tag");
        var item = new ListItem(who, new Span(" · " + referral.serviceInWords() + " · "), tag,
                new Span(" " + referral.waitInWords() + "."));
        item.addClassName("referral-waiting");
        return item;
    }
}
