package app.onward.portal.challenge;

import app.onward.portal.challenge.ChallengeModel.Task;
import app.onward.portal.graphql.BackendException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.util.List;

/**
 * The staff home's notice for Youth Voice workers and leaders: each challenge waiting for them to act, in the
 * backend's words ("Respond to “Damp in flats” by 3 March."), linked to the challenge.
 */
public class WaitingChallenges extends Div {

    /** Where the navigation's count links to. */
    public static final String ANCHOR = "challenges-waiting";

    public WaitingChallenges(Challenges challenges) {
        addClassName("waiting");
        setId(ANCHOR);
        var count = new Paragraph();
        var list = new UnorderedList();
        list.addClassName("notices");
        add(new H2("Challenges waiting for you"), count, list);
        try {
            List<Task> tasks = challenges.waitingForMe();
            count.setText(countInWords(tasks.size()));
            for (Task task : tasks) {
                var link = new RouterLink(task.inWords(), ChallengeView.class,
                        new RouteParameters("id", task.challenge().id()));
                var item = new ListItem(link);
                item.addClassName("challenge-task");
                list.add(item);
            }
        } catch (BackendException problem) {
            count.setText(problem.problem().friendlyMessage());
        }
        var board = new RouterLink("All challenges, by status", ChallengeBoardView.class);
        add(board);
    }

    /** "Nothing is waiting.", "1 challenge is waiting for you.", "3 challenges are waiting for you." */
    static String countInWords(int count) {
        return switch (count) {
            case 0 -> "Nothing is waiting.";
            case 1 -> "1 challenge is waiting for you.";
            default -> count + " challenges are waiting for you.";
        };
    }
}
