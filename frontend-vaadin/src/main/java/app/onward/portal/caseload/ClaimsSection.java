package app.onward.portal.caseload;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** What the young person told us about claiming their entitlements: where each stands, and why one was refused. */
class ClaimsSection extends RecordSection {

    ClaimsSection(YoungPersonRecord record, String authoritySlug) {
        super("Entitlements they told us about");
        if (record.entitlementClaims().isEmpty()) {
            add(new Paragraph("They have not told us about claiming anything yet."));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("claims");
        for (YoungPersonRecord.EntitlementClaim claim : record.entitlementClaims()) {
            var item = new ListItem(new Anchor("/" + authoritySlug + "/offer/" + claim.entitlementKey(), claim.title()),
                    new Span(" · " + claim.inWords() + " · told us on " + Terms.date(claim.recordedAt().toLocalDate())));
            if (claim.reason() != null) {
                item.add(new Paragraph("Why: " + claim.reason()));
            }
            list.add(item);
        }
        add(list);
    }
}
