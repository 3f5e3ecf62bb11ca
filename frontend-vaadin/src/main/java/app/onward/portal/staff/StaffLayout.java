package app.onward.portal.staff;

import app.onward.portal.caseload.CaseloadView;
import app.onward.portal.caseload.Notices;
import app.onward.portal.caseload.NoticesChanged;
import app.onward.portal.challenge.ChallengeBoardView;
import app.onward.portal.challenge.ChallengeInboxView;
import app.onward.portal.challenge.Challenges;
import app.onward.portal.challenge.ChallengesChanged;
import app.onward.portal.challenge.WaitingChallenges;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.identity.CurrentUser;
import app.onward.portal.identity.Role;
import app.onward.portal.identity.ServiceBrand;
import app.onward.portal.identity.SignOutButton;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The frame of every staff page: the authority and who is signed in, with signing out always in reach, and for
 * those who work with young people the way to their caseload and a count of what is waiting; for Youth Voice workers
 * and leaders the way to the challenges and a count of those waiting for them. Any signed-in user
 * may have the frame; each view narrows access to its own roles (Vaadin checks both).
 */
@PermitAll
public class StaffLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main content = new Main();
    private final Notices notices;
    private final Anchor waiting = new Anchor("/staff#waiting", "");
    private final Challenges challenges;
    private final Anchor challengesWaiting = new Anchor("/staff#" + WaitingChallenges.ANCHOR, "");
    private boolean worksWithYoungPeople;
    private boolean answersChallenges;
    private boolean leads;
    private Registration noticesChanged;
    private Registration challengesChanged;

    StaffLayout(CurrentUser currentUser, AuthenticationContext authentication, Notices notices, Challenges challenges) {
        this.notices = notices;
        this.challenges = challenges;
        addClassName("staff");
        var account = new Div();
        account.addClassName("account");
        try {
            var name = new Span(currentUser.me().name());
            name.addClassName("account-name");
            account.add(name);
            List<Role> roles = currentUser.me().roles();
            worksWithYoungPeople = roles.contains(Role.PERSONAL_ADVISER) || roles.contains(Role.TEAM_MANAGER);
            leads = roles.contains(Role.LEADER);
            answersChallenges = leads || roles.contains(Role.YOUTH_VOICE_WORKER);
        } catch (BackendException unavailable) {
            // The page below says what went wrong.
        }
        account.add(new SignOutButton(authentication));
        var header = new Header(new ServiceBrand(currentUser), account);
        header.addClassNames("portal-header", "staff-header");
        content.addClassNames("portal-content", "staff-content");
        add(header, navigation(), content);
    }

    private Nav navigation() {
        var nav = new Nav();
        nav.addClassName("staff-nav");
        nav.setAriaLabel("Staff portal");
        var home = new RouterLink("Home", StaffHomeView.class);
        home.setHighlightCondition(HighlightConditions.sameLocation());
        nav.add(home);
        if (worksWithYoungPeople) {
            nav.add(new RouterLink("Caseload", CaseloadView.class), waiting);
            waiting.addClassName("waiting-count");
        }
        if (answersChallenges) {
            var board = new RouterLink("Challenges", ChallengeBoardView.class);
            board.setHighlightCondition(HighlightConditions.sameLocation());
            nav.add(board);
            if (leads) {
                nav.add(new RouterLink("Your inbox", ChallengeInboxView.class));
            }
            nav.add(challengesWaiting);
            challengesWaiting.addClassName("challenges-waiting-count");
        }
        return nav;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (worksWithYoungPeople) {
            noticesChanged = NoticesChanged.listen(attach.getUI(), this::countWaiting);
        }
        if (answersChallenges) {
            challengesChanged = ChallengesChanged.listen(attach.getUI(), this::countChallengesWaiting);
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (noticesChanged != null) {
            noticesChanged.remove();
            noticesChanged = null;
        }
        if (challengesChanged != null) {
            challengesChanged.remove();
            challengesChanged = null;
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        countWaiting();
        countChallengesWaiting();
    }

    /** Asked again on every page, so the count is never older than the page under it. */
    private void countWaiting() {
        if (!worksWithYoungPeople) {
            return;
        }
        try {
            waiting.setText("What is waiting (" + notices.unread().size() + ")");
        } catch (BackendException unavailable) {
            waiting.setText("What is waiting");
        }
    }

    private void countChallengesWaiting() {
        if (!answersChallenges) {
            return;
        }
        try {
            challengesWaiting.setText("Challenges waiting (" + challenges.countWaitingForMe() + ")");
        } catch (BackendException unavailable) {
            challengesWaiting.setText("Challenges waiting");
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }
}
