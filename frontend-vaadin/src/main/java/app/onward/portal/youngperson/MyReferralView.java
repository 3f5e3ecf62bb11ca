package app.onward.portal.youngperson;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.youngperson.MyModel.AdviserContact;
import app.onward.portal.youngperson.MyModel.Mine;
import app.onward.portal.youngperson.MyModel.MyReferral;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Getting mental-health support: each of the young person's referrals in the backend's plain words (where it is,
 * what happens next, how long they have waited), and always who to reach if waiting feels too hard, even when there
 * is no referral or the referrals cannot be read just now. The page title says only "My referral": it shows in the
 * tab list and history of a shared phone.
 */
@StyleSheet("young-person-pages.css")
@Route(value = "my/referral", layout = YoungPersonLayout.class)
@PageTitle("My referral – Onward")
@RolesAllowed("CARE_LEAVER")
public class MyReferralView extends Div {

    MyReferralView(MyRecord myRecord) {
        addClassName("my-referral-page");
        var talkNow = new Anchor("#" + CrisisContacts.ID, "Need to talk to someone now?");
        talkNow.addClassName("back-link");
        add(YoungPersonHomeView.backHome(), new H1("Getting mental-health support"), new Paragraph(talkNow));
        AdviserContact adviser = null;
        try {
            Mine mine = myRecord.referrals();
            adviser = mine.personalAdviser();
            if (mine.myReferrals().isEmpty()) {
                add(new Paragraph("You do not have a referral for mental-health support at the moment. If you would "
                        + "like one, talk to " + AdviserCard.whoToAsk(adviser) + "."));
            }
            mine.myReferrals().forEach(referral -> add(card(referral)));
        } catch (BackendException problem) {
            add(new Paragraph("We cannot show your referral just now. " + problem.problem().friendlyMessage()));
        }
        add(new CrisisContacts(adviser));
    }

    private static Div card(MyReferral referral) {
        var now = new Paragraph(referral.statusInWords());
        now.addClassName("my-now-sentence");
        String service = referral.service();
        var card = new Div(new H2(Character.toUpperCase(service.charAt(0)) + service.substring(1)), now, new H3("What happens next"),
                new Paragraph(referral.whatHappensNext()));
        String waited = waited(referral);
        if (waited != null) {
            var days = new Paragraph(waited);
            days.addClassName("my-referral-wait");
            card.add(days);
        }
        card.addClassName("my-referral");
        return card;
    }

    /**
     * "You waited 12 days for your first appointment." Null until there has been one: while they wait, the backend's
     * "what happens next" already says how long they have waited so far, and once a referral ends without an
     * appointment its status in words says what happened.
     */
    static String waited(MyReferral referral) {
        if (referral.waitDays() == null || referral.firstAppointmentOn() == null) {
            return null;
        }
        return "You waited " + (referral.waitDays() == 1 ? "1 day" : referral.waitDays() + " days")
                + " for your first appointment.";
    }
}
