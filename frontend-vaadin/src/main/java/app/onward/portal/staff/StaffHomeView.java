package app.onward.portal.staff;

import app.onward.portal.caseload.CaseloadView;
import app.onward.portal.caseload.Notices;
import app.onward.portal.caseload.WaitingNotices;
import app.onward.portal.challenge.Challenges;
import app.onward.portal.challenge.SubmitChallengeView;
import app.onward.portal.challenge.WaitingChallenges;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.identity.CurrentUser;
import app.onward.portal.identity.Me;
import app.onward.portal.identity.Role;
import app.onward.portal.offer.authoring.OfferEditorView;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.referral.ReferralThresholdsView;
import app.onward.portal.referral.Referrals;
import app.onward.portal.referral.ReferralsWaitingTooLong;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.stream.Collectors;

/**
 * Where staff land after signing in: who they are signed in as, in which roles, for which authority; for those
 * who work with young people, the way to their caseload, what is waiting for them and the referrals waiting too long;
 * for Youth Voice workers and leaders, the challenges waiting for them.
 */
@Route(value = "staff", layout = StaffLayout.class)
@PageTitle("Staff home – Onward")
@RolesAllowed({"PERSONAL_ADVISER", "TEAM_MANAGER", "YOUTH_VOICE_WORKER", "LEADER", "TENANT_ADMIN", "PLATFORM_ADMIN"})
public class StaffHomeView extends Div {

    StaffHomeView(CurrentUser currentUser, Notices notices, Referrals referrals, Challenges challenges) {
        try {
            Me me = currentUser.me();
            var signedInAs = new Paragraph("Signed in as " + me.name());
            signedInAs.addClassName("lead");
            add(new H1("Staff home"), signedInAs);
            if (me.roles().contains(Role.PERSONAL_ADVISER) || me.roles().contains(Role.TEAM_MANAGER)) {
                var caseload = new RouterLink("Your caseload: who is due or overdue", CaseloadView.class);
                caseload.addClassName("big-link");
                add(caseload, new WaitingNotices(notices), new ReferralsWaitingTooLong(referrals));
            }
            if (me.roles().contains(Role.YOUTH_VOICE_WORKER)) {
                var raise = new RouterLink("Raise a challenge: put what young people said to a leader",
                        SubmitChallengeView.class);
                raise.addClassName("big-link");
                add(raise);
            }
            if (me.roles().contains(Role.YOUTH_VOICE_WORKER) || me.roles().contains(Role.LEADER)) {
                add(new WaitingChallenges(challenges));
            }
            if (me.roles().contains(Role.LEADER) || me.roles().contains(Role.TEAM_MANAGER)
                    || me.roles().contains(Role.TENANT_ADMIN)) {
                var claimed = new RouterLink("Entitlements claimed: how the offer is reaching young people",
                        EntitlementsClaimedView.class);
                claimed.addClassName("big-link");
                add(claimed);
            }
            if (me.roles().contains(Role.TENANT_ADMIN)) {
                var offer = new RouterLink("Your local offer: change it, preview it and publish it", OfferEditorView.class);
                offer.addClassName("big-link");
                var limits = new RouterLink("Referral waiting limits: how long a mental-health referral may wait",
                        ReferralThresholdsView.class);
                limits.addClassName("big-link");
                add(offer, limits);
            }
            add(details(me));
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/staff"));
        }
    }

    private static DescriptionList details(Me me) {
        var details = new DescriptionList();
        details.addClassName("details");
        details.add(new Term(me.roles().size() == 1 ? "Your role" : "Your roles"),
                new Description(me.roles().stream().map(Role::plainWords).collect(Collectors.joining(", "))));
        if (me.authority() != null) {
            details.add(new Term("Your council"), new Description(me.authority().name()));
        }
        details.add(new Term("Username"), new Description(me.username()));
        return details;
    }
}
