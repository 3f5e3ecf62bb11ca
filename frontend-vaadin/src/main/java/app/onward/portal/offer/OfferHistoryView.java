package app.onward.portal.offer;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.graphql.SignedInBackend;
import app.onward.portal.pathwayplan.InWords;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.staff.StaffLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * For tenant admins: every version of the authority's offer that was published, newest first, and what changed from
 * one to another (issue 4). Published versions never change, so this is what young people were shown, when.
 */
@Route(value = "staff/offer/history", layout = StaffLayout.class)
@PageTitle("Your offer's history – Onward")
@RolesAllowed("TENANT_ADMIN")
@StyleSheet("offer-history.css")
public class OfferHistoryView extends Div {

    static final String PATH = "/staff/offer/history";
    private static final String VERSIONS = "query OfferVersions { offerVersions { version publishedAt publishedBy title entitlementCount } }";
    private static final String DIFFERENCES = """
            query OfferDifferences($from: Int!, $to: Int!) {
              offerDifferences(from: $from, to: $to) { kind area entitlementKey label field before after } }""";

    record Version(int version, OffsetDateTime publishedAt, String publishedBy, String title, int entitlementCount) {}

    private final SignedInBackend backend;

    OfferHistoryView(SignedInBackend backend) {
        this.backend = backend;
        addClassName("offer-history");
        var back = new Anchor("/staff/offer", "Back to your offer");
        back.addClassName("back-link");
        add(back, new H1("Your offer's history"), new Paragraph("Each time your offer is published it becomes a new "
                + "version, kept exactly as young people saw it. The newest is live now."));
        try {
            List<Version> versions = backend.fetchList(VERSIONS, Map.of(), "offerVersions", Version.class);
            if (versions.isEmpty()) {
                add(new Paragraph("Nothing has been published yet."));
                return;
            }
            add(table(versions));
            if (versions.size() > 1) {
                add(comparison(versions));
            }
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, PATH));
        }
    }

    private static NativeTable table(List<Version> versions) {
        var table = new NativeTable();
        table.addClassName("offer-versions");
        table.add(new NativeTableHeader(new NativeTableRow(header("Version"), header("Published"), header("Published by"),
                header("Entitlements"))));
        var body = new NativeTableBody();
        for (Version version : versions) {
            var name = new NativeTableHeaderCell(new Span("Version " + version.version()));
            name.getElement().setAttribute("scope", "row");
            if (version == versions.getFirst()) {
                var live = new Span("Live now");
                live.addClassNames("tag", "tag--live");
                name.add(live);
            }
            var row = new NativeTableRow(name, cell("Published", InWords.dayAndTime(version.publishedAt())),
                    cell("Published by", version.publishedBy() == null ? "Not recorded" : version.publishedBy()),
                    cell("Entitlements", String.valueOf(version.entitlementCount())));
            row.addClassName("offer-version");
            row.getElement().setAttribute("data-version", String.valueOf(version.version()));
            body.add(row);
        }
        table.add(body);
        return table;
    }

    /** Previous against latest to begin with: what the last publishing changed. */
    private Div comparison(List<Version> versions) {
        List<Integer> numbers = versions.stream().map(Version::version).sorted().toList();
        Select<Integer> from = versionSelect("from-version", "From version", numbers, numbers.get(numbers.size() - 2));
        Select<Integer> to = versionSelect("to-version", "To version", numbers, numbers.getLast());
        var result = new Div();
        result.addClassName("comparison-result");
        result.getElement().setAttribute("aria-live", "polite");
        var show = new Button("Compare", click -> show(result, from.getValue(), to.getValue()));
        show.addThemeVariants(ButtonVariant.PRIMARY);
        var choices = new Div(from, to, show);
        choices.addClassName("comparison-choices");
        var comparison = new Div(new H2("Compare two versions"), choices, result);
        comparison.addClassName("offer-comparison");
        return comparison;
    }

    private void show(Div result, int from, int to) {
        result.removeAll();
        if (from == to) {
            result.add(new Paragraph("Choose two different versions to compare."));
            return;
        }
        try {
            List<OfferDifferenceList.Difference> differences = backend.fetchList(DIFFERENCES, Map.of("from", from, "to", to),
                    "offerDifferences", OfferDifferenceList.Difference.class);
            var heading = new Paragraph("What changed from version " + from + " to version " + to);
            heading.addClassName("comparison-heading");
            result.add(heading, new OfferDifferenceList(differences, "Version " + from, "Version " + to));
        } catch (BackendException problem) {
            result.add(ProblemMessage.of(problem, PATH));
        }
    }

    private static Select<Integer> versionSelect(String id, String label, List<Integer> numbers, int chosen) {
        var select = new Select<Integer>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(numbers);
        select.setItemLabelGenerator(number -> "Version " + number);
        select.setValue(chosen);
        return select;
    }

    private static NativeTableCell cell(String label, String text) {
        var cell = new NativeTableCell(text);
        cell.getElement().setAttribute("data-label", label);
        return cell;
    }

    private static NativeTableHeaderCell header(String text) {
        var cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
