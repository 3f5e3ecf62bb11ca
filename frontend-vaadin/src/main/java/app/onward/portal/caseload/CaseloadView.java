package app.onward.portal.caseload;

import app.onward.portal.caseload.Caseloads.Filter;
import app.onward.portal.caseload.Caseloads.Scope;
import app.onward.portal.caseload.Terms.DueKind;
import app.onward.portal.caseload.Terms.DueStatus;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.identity.CurrentUser;
import app.onward.portal.identity.Role;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.staff.StaffLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * The caseload: a personal adviser's own young people (or their team's), a team manager's team (or one adviser's),
 * most urgent first as the backend orders them, 50 at a time, filtered by what is due and how urgently.
 */
@Route(value = "staff/caseload", layout = StaffLayout.class)
@PageTitle("Caseload – Onward")
@RolesAllowed({"PERSONAL_ADVISER", "TEAM_MANAGER"})
public class CaseloadView extends Div {

    private final Caseloads caseloads;
    private final YoungPeople youngPeople;
    private final Clock clock;

    private final H1 heading = new H1();
    private final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>("Whose young people");
    private final Select<StaffRef> adviser = new Select<>();
    private final CheckboxGroup<DueKind> due = new CheckboxGroup<>("What is due");
    private final CheckboxGroup<DueStatus> status = new CheckboxGroup<>("How urgent");
    private final Paragraph summary = new Paragraph();
    private final StatusArea saved = new StatusArea();
    private final CaseloadTable table;
    private final Button showMore = new Button("Show more", click -> showMore());
    private String endCursor;
    private int shown;

    CaseloadView(CurrentUser currentUser, Caseloads caseloads, YoungPeople youngPeople, Clock clock) {
        this.caseloads = caseloads;
        this.youngPeople = youngPeople;
        this.clock = clock;
        this.table = new CaseloadTable(this::logContact);
        addClassName("caseload");
        try {
            boolean manager = currentUser.me().roles().contains(Role.TEAM_MANAGER);
            add(heading, filters(manager), saved, summary, table, showMore);
            scope.setValue(manager ? Scope.TEAM : Scope.MINE);
            reload();
        } catch (BackendException problem) {
            removeAll();
            add(ProblemMessage.of(problem, "/staff/caseload"));
        }
    }

    private Div filters(boolean manager) {
        scope.setId("caseload-scope");
        adviser.setId("adviser-filter");
        due.setId("due-filter");
        status.setId("status-filter");
        summary.setId("caseload-summary");
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(value -> value == Scope.MINE ? "Allocated to me" : "My team’s");
        adviser.setLabel("Adviser");
        adviser.setEmptySelectionAllowed(true);
        adviser.setEmptySelectionCaption("Every adviser");
        adviser.setItemLabelGenerator(member -> member == null ? "Every adviser" : member.name());
        adviser.setVisible(false);
        due.setItems(DueKind.REVIEW, DueKind.CONTACT, DueKind.ASSESSMENT, DueKind.VISIT);
        due.setItemLabelGenerator(DueKind::words);
        status.setItems(DueStatus.OVERDUE, DueStatus.DUE_SOON);
        status.setItemLabelGenerator(DueStatus::words);
        scope.addValueChangeListener(change -> {
            boolean team = change.getValue() == Scope.TEAM;
            if (team && !adviser.isVisible()) {
                adviser.setItems(youngPeople.teamMembers());
            }
            adviser.setVisible(team);
            if (!team) {
                adviser.clear();
            }
            if (change.isFromClient()) {
                reload();
            }
        });
        adviser.addValueChangeListener(change -> reloadIfFromClient(change.isFromClient()));
        due.addValueChangeListener(change -> reloadIfFromClient(change.isFromClient()));
        status.addValueChangeListener(change -> reloadIfFromClient(change.isFromClient()));
        var filters = new Div(scope, adviser, due, status);
        filters.addClassName("caseload-filters");
        return filters;
    }

    private void reloadIfFromClient(boolean fromClient) {
        if (fromClient) {
            reload();
        }
    }

    private Filter filter() {
        return new Filter(due.getValue(), status.getValue(),
                scope.getValue() == Scope.TEAM && adviser.getValue() != null ? adviser.getValue().id() : null);
    }

    private void reload() {
        heading.setText(scope.getValue() == Scope.MINE ? "My caseload" : "Team caseload");
        table.clear();
        showMore.setVisible(false);
        shown = 0;
        endCursor = null;
        load();
    }

    private void showMore() {
        load();
    }

    private void load() {
        try {
            CaseloadPage page = caseloads.page(scope.getValue(), filter(), endCursor);
            table.add(page.rows());
            shown += page.rows().size();
            endCursor = page.pageInfo().endCursor();
            showMore.setVisible(page.pageInfo().hasNextPage());
            summary.setText(summaryText(page.totalCount()));
        } catch (BackendException problem) {
            saved.say(problem.problem().friendlyMessage());
        }
    }

    private String summaryText(int total) {
        if (total == 0) {
            return filter().equals(new Filter(Set.of(), Set.of(), null))
                    ? "No young people yet." : "No young people match these filters.";
        }
        String people = total == 1 ? "1 young person" : total + " young people";
        return shown < total ? "Showing " + shown + " of " + people + "." : people + ".";
    }

    private void logContact(CaseloadPage.Row row) {
        new LogContactDialog(youngPeople, row.id(), row.name(), LocalDate.now(clock), payload -> {
            saved.say(new ContactSaved(row.name(), payload));
            reload();
        }).open();
    }
}
