package app.onward.portal.caseload;

import app.onward.portal.caseload.Notices.Notice;
import app.onward.portal.graphql.BackendException;
import com.vaadin.flow.component.button.Button;
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
 * What is waiting for this member of staff: what kind of thing each notice is, a link to the young person's
 * record (where the detail is), and "Mark as read".
 */
public class WaitingNotices extends Div {

    private final Notices notices;
    private final Paragraph count = new Paragraph();
    private final UnorderedList list = new UnorderedList();

    public WaitingNotices(Notices notices) {
        this.notices = notices;
        addClassName("waiting");
        setId("waiting");
        list.addClassName("notices");
        add(new H2("What is waiting for you"), count, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        try {
            List<Notice> unread = notices.unread();
            count.setText(countInWords(unread.size()));
            unread.forEach(notice -> list.add(item(notice)));
        } catch (BackendException problem) {
            count.setText(problem.problem().friendlyMessage());
        }
    }

    /** "Nothing is waiting.", "1 thing is waiting.", "50 or more things are waiting." */
    public static String countInWords(int count) {
        if (count == 0) {
            return "Nothing is waiting.";
        }
        String more = count >= Notices.AT_MOST ? " or more" : "";
        return count == 1 ? "1 thing is waiting." : count + more + " things are waiting.";
    }

    private ListItem item(Notice notice) {
        var what = new Span(notice.kind().words());
        what.addClassName("notice-what");
        var item = new ListItem(what);
        item.addClassName("notice");
        if (notice.youngPerson() != null) {
            item.add(new Span(": "), new RouterLink(notice.youngPerson().name(), YoungPersonView.class,
                    new RouteParameters("id", notice.youngPerson().id())));
        }
        var when = new Span(" · " + RecordSection.day(notice.createdAt()));
        when.addClassName("hint");
        var markRead = new Button("Mark as read", click -> {
            try {
                notices.markRead(notice.id());
            } catch (BackendException problem) {
                count.setText(problem.problem().friendlyMessage());
                return;
            }
            refresh();
            getUI().ifPresent(NoticesChanged::fire);
        });
        markRead.setAriaLabel("Mark as read: " + notice.kind().words()
                + (notice.youngPerson() == null ? "" : ", " + notice.youngPerson().name()));
        item.add(when, markRead);
        return item;
    }
}
