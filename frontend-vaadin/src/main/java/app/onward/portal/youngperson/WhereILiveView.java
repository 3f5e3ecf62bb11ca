package app.onward.portal.youngperson;

import app.onward.portal.caseload.Terms;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.youngperson.MyModel.Mine;
import app.onward.portal.youngperson.MyModel.MyHistory;
import app.onward.portal.youngperson.MyModel.MyPeriod;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * Where I live and what I'm doing, in the young person's words: now in a sentence, then before. No codes and no
 * "suitable": those are the authority's words for its return. If something is wrong, "tell us" is one tap away.
 */
@StyleSheet("young-person-pages.css")
@Route(value = "my/where-i-live", layout = YoungPersonLayout.class)
@PageTitle("Where I live – Onward")
@RolesAllowed("CARE_LEAVER")
public class WhereILiveView extends Div {

    WhereILiveView(MyRecord myRecord) {
        addClassName("where-i-live");
        add(YoungPersonHomeView.backHome(), new H1("Where I live and what I’m doing"));
        try {
            Mine mine = myRecord.whereILive();
            add(part("Where I live", mine.whereILive(), "We have not written down where you live yet.", "Where you lived before"));
            if (mine.myArrangement() != null) {
                add(new MyArrangementPart(mine.myArrangement(), false));
            }
            add(part("What I’m doing", mine.whatImDoing(), "We have not written down what you are doing yet.",
                            "What you did before"),
                    new Paragraph(YoungPersonHomeView.bigLink("/my/tell-us", "Something here is wrong, or has changed")));
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/my/where-i-live"));
        }
    }

    private static Div part(String title, MyHistory history, String nothingYet, String beforeTitle) {
        var part = new Div(new H2(title));
        part.addClassName("my-now");
        if (history.now() == null) {
            part.add(new Paragraph(nothingYet + " Your personal adviser will ask you."));
            return part;
        }
        var now = new Paragraph(history.now());
        now.addClassName("my-now-sentence");
        part.add(now);
        List<MyPeriod> before = history.history().stream().skip(1).toList();
        if (!before.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("my-before");
            before.forEach(period -> list.add(new ListItem(Terms.date(period.from()) + " to " + Terms.date(period.until())
                    + ": " + period.words())));
            part.add(new H3(beforeTitle), list);
        }
        return part;
    }
}
