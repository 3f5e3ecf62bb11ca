package app.onward.portal.staff;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.graphql.SignedInBackend;
import app.onward.portal.problem.ProblemMessage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;

/**
 * For leaders: how young people say claiming each entitlement went, as counts (where each young person's claim
 * stands now). No one is named: this is about whether the offer reaches people, not about any one of them.
 */
@Route(value = "staff/entitlements-claimed", layout = StaffLayout.class)
@PageTitle("Entitlements claimed – Onward")
@RolesAllowed({"LEADER", "TEAM_MANAGER", "TENANT_ADMIN"})
public class EntitlementsClaimedView extends Div {

    private static final String COUNTS = "query Counts { entitlementClaimCounts { entitlementKey title appliedFor received refused } }";

    record Count(String entitlementKey, String title, int appliedFor, int received, int refused) {}

    EntitlementsClaimedView(SignedInBackend backend) {
        add(new H1("Entitlements claimed"), new Paragraph("What young people told us about claiming, where each claim "
                + "stands now. Counts only: no one is named here."));
        try {
            List<Count> counts = backend.fetchList(COUNTS, Map.of(), "entitlementClaimCounts", Count.class);
            if (counts.isEmpty()) {
                add(new Paragraph("No young person has told us about claiming anything yet."));
                return;
            }
            add(table(counts));
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/staff/entitlements-claimed"));
        }
    }

    private static NativeTable table(List<Count> counts) {
        var table = new NativeTable();
        table.addClassName("claim-counts");
        table.add(new NativeTableHeader(new NativeTableRow(header("Entitlement"), header("Applied for"),
                header("Received"), header("Turned down"))));
        var body = new NativeTableBody();
        for (Count count : counts) {
            var title = new NativeTableHeaderCell(count.title());
            title.getElement().setAttribute("scope", "row");
            body.add(new NativeTableRow(title, new NativeTableCell(String.valueOf(count.appliedFor())),
                    new NativeTableCell(String.valueOf(count.received())), new NativeTableCell(String.valueOf(count.refused()))));
        }
        table.add(body);
        return table;
    }

    private static NativeTableHeaderCell header(String text) {
        var cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
