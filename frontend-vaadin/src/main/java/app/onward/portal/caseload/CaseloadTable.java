package app.onward.portal.caseload;

import app.onward.portal.caseload.CaseloadPage.Row;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.util.List;
import java.util.function.Consumer;

/**
 * The caseload as a plain table: one row per young person, in the order given. At phone width portal.css lays
 * each row out as a card, each cell with its column's name ({@code data-label}).
 */
class CaseloadTable extends Div {

    private static final List<String> COLUMNS = List.of("Young person", "Age", "Category", "Adviser", "Next due",
            "Review", "Contact", "Needs assessment", "Open actions", "Log a contact");

    private final NativeTableBody body;
    private final Consumer<Row> logContact;

    CaseloadTable(Consumer<Row> logContact) {
        this.logContact = logContact;
        addClassName("caseload-table-frame");
        var table = new NativeTable();
        table.addClassName("caseload-table");
        table.setCaptionText("Young people, most urgent first");
        NativeTableRow header = table.getHead().addRow();
        for (String column : COLUMNS) {
            NativeTableHeaderCell cell = header.addHeaderCell();
            cell.setText(column);
            cell.getElement().setAttribute("scope", "col");
        }
        body = table.addBody();
        add(table);
    }

    void clear() {
        body.removeAll();
    }

    void add(List<Row> rows) {
        rows.forEach(this::add);
    }

    private void add(Row row) {
        NativeTableRow tableRow = body.addRow();
        tableRow.addClassName("caseload-row");
        var name = new RouterLink(row.name(), YoungPersonView.class, new RouteParameters("id", row.id()));
        var nameCell = new NativeTableHeaderCell(name);
        nameCell.getElement().setAttribute("scope", "row");
        tableRow.add(nameCell);
        cell(tableRow, 1, new Span(String.valueOf(row.age())));
        cell(tableRow, 2, new Span(row.category() == null ? "Not recorded" : row.category().words()));
        cell(tableRow, 3, new Span(row.personalAdviser() == null ? "None allocated" : row.personalAdviser().name()));
        cell(tableRow, 4, next(row.clocks().next()));
        cell(tableRow, 5, due(row.clocks().review(), "Not yet"));
        cell(tableRow, 6, due(row.clocks().contact(), "Not set"));
        cell(tableRow, 7, due(row.clocks().assessment(), "Done"));
        cell(tableRow, 8, new Span(String.valueOf(row.openActions().size())));
        var log = new Button("Log contact", click -> logContact.accept(row));
        log.setAriaLabel("Log a contact with " + row.name());
        cell(tableRow, 9, log);
    }

    private static void cell(NativeTableRow row, int column, Component content) {
        NativeTableCell cell = row.addDataCell();
        cell.getElement().setAttribute("data-label", COLUMNS.get(column));
        cell.add(content);
    }

    /** "Contact", its status in words, and when. */
    private static Component next(Clocks.Due next) {
        var what = new Span(next.kind().words());
        what.addClassName("due-what");
        var when = new Span(Terms.date(next.dueOn()) + " · " + next.whenInWords());
        when.addClassName("due-when");
        return new Div(what, new DueBadge(next), when);
    }

    private static Component due(Clocks.Due due, String whenNone) {
        if (due == null) {
            return new Span(whenNone);
        }
        var when = new Span(Terms.date(due.dueOn()));
        when.addClassName("due-when");
        return new Div(new DueBadge(due), when);
    }
}
