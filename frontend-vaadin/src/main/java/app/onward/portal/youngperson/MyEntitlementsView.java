package app.onward.portal.youngperson;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.identity.CurrentUser;
import app.onward.portal.offer.CheckerQuestion;
import app.onward.portal.offer.EntitlementCheck;
import app.onward.portal.offer.EntitlementCheck.Checked;
import app.onward.portal.problem.ProblemMessage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "What you can get", for a signed-in young person: answered from their own record, asking on the same page only
 * what it does not say. Their answers go to the backend for this answer only; nothing is kept, and nothing is in
 * the address.
 */
@StyleSheet("young-person-pages.css")
@Route(value = "my/entitlements", layout = YoungPersonLayout.class)
@PageTitle("What you can get – Onward")
@RolesAllowed("CARE_LEAVER")
public class MyEntitlementsView extends Div {

    static final String NONE = "NONE";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MyEntitlements entitlements;
    private final String slug;
    private final Div questions = new Div();
    private final Div result = new Div();
    private final Map<CheckerQuestion, CheckboxGroup<String>> asked = new LinkedHashMap<>();
    private Map<String, MyEntitlements.Claim> claims = Map.of();
    private Map<String, Boolean> lastAnswers = Map.of();

    MyEntitlementsView(MyEntitlements entitlements, CurrentUser currentUser) {
        this.entitlements = entitlements;
        addClassName("my-entitlements");
        add(YoungPersonHomeView.backHome(), new H1("What you can get"));
        String authority;
        try {
            authority = currentUser.me().authority().slug();
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/my/entitlements"));
            this.slug = null;
            return;
        }
        this.slug = authority;
        add(new Paragraph("We have worked this out from what your record says about you. "
                + "Answer the questions below for anything it does not say, to make it more exact. "
                + "Nothing you answer here is kept."), questions, result);
        show(Map.of());
    }

    private void show(Map<String, Boolean> answers) {
        try {
            MyEntitlements.Mine mine = entitlements.check(answers);
            lastAnswers = answers;
            claims = mine.entitlementClaims().stream()
                    .collect(java.util.stream.Collectors.toMap(MyEntitlements.Claim::entitlementKey, claim -> claim));
            if (asked.isEmpty()) {
                ask(mine.entitlementQuestions());
            }
            result.removeAll();
            result.add(answered(mine.entitlements()));
        } catch (BackendException problem) {
            result.removeAll();
            result.add(ProblemMessage.of(problem, "/my/entitlements"));
        }
    }

    private void ask(List<CheckerQuestion> pages) {
        questions.removeAll();
        questions.addClassName("my-entitlements__questions");
        for (CheckerQuestion page : pages) {
            CheckboxGroup<String> group = new CheckboxGroup<>(page.question());
            group.setHelperText(page.hint());
            List<String> options = new java.util.ArrayList<>(page.options().stream().map(CheckerQuestion.Option::circumstance).toList());
            options.add(NONE);
            group.setItems(options);
            group.setItemLabelGenerator(option -> option.equals(NONE) ? "None of these"
                    : page.options().stream().filter(o -> o.circumstance().equals(option)).findFirst().orElseThrow().label());
            group.addThemeName("vertical");
            asked.put(page, group);
            questions.add(group);
        }
        if (!pages.isEmpty()) {
            Button update = new Button("Show what I can get", click -> show(answers()));
            update.addClassName("my-entitlements__update");
            questions.add(update);
        }
    }

    /** A page left untouched is unknown; a page with anything ticked answers every option on it. */
    private Map<String, Boolean> answers() {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        asked.forEach((page, group) -> {
            Set<String> ticked = group.getValue();
            if (!ticked.isEmpty()) {
                page.options().forEach(option -> answers.put(option.circumstance(), ticked.contains(option.circumstance())));
            }
        });
        return answers;
    }

    private Div answered(EntitlementCheck check) {
        Div answer = new Div();
        answer.add(new Paragraph("Worked out on " + DAY.format(check.checkedOn()) + ", from version " + check.offerVersion()
                + " of the offer. Your personal adviser can tell you for sure and help you claim."));
        if (!check.applies().isEmpty()) {
            answer.add(new H2("You can get"));
            check.applies().forEach(checked -> answer.add(entitlement(checked, List.of(), "You can get this until ")));
        }
        if (!check.mayApply().isEmpty()) {
            answer.add(new H2("You may be able to get"));
            check.mayApply().forEach(checked -> answer.add(entitlement(checked, checked.toCheck(), "If you can, it lasts until ")));
        }
        if (!check.doesNotApply().isEmpty()) {
            Div notNow = new Div();
            check.doesNotApply().forEach(checked -> notNow.add(entitlement(checked, checked.reasons(), null)));
            answer.add(new Details("Not for you at the moment (" + check.doesNotApply().size() + ")", notNow));
        }
        return answer;
    }

    private Div entitlement(Checked checked, List<String> lines, String untilWords) {
        var entitlement = checked.entitlement();
        Div card = new Div(new H3(entitlement.title()), new Paragraph(entitlement.summary()));
        card.addClassName("my-entitlement");
        if (entitlement.whatYouGet() != null && entitlement.whatYouGet().amountInWords() != null) {
            Paragraph amount = new Paragraph(entitlement.whatYouGet().amountInWords());
            amount.addClassName("my-entitlement__amount");
            card.add(amount);
        }
        LocalDate until = checked.until();
        if (until != null && untilWords != null) {
            card.add(new Paragraph(untilWords + DAY.format(until) + "."));
        }
        if (!lines.isEmpty()) {
            UnorderedList list = new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
            card.add(list);
        }
        Anchor claim = new Anchor("/" + slug + "/offer/" + entitlement.key(), "How to claim: " + entitlement.title());
        claim.addClassName("my-entitlement__claim");
        card.add(claim);
        if (untilWords != null) {
            card.add(claiming(entitlement.key(), entitlement.title()));
        }
        return card;
    }

    /** Where claiming stands, as they told us, and a way to tell their adviser how it went. */
    private Div claiming(String key, String title) {
        Div claiming = new Div();
        claiming.addClassName("my-entitlement__claiming");
        MyEntitlements.Claim told = claims.get(key);
        if (told != null) {
            Paragraph status = new Paragraph(told.status().toldUs() + " on " + DAY.format(told.recordedAt().toLocalDate())
                    + (told.reason() == null ? "." : ": " + told.reason()));
            status.addClassName("my-entitlement__told-us");
            claiming.add(status);
        }
        var what = new com.vaadin.flow.component.radiobutton.RadioButtonGroup<MyEntitlements.ClaimStatus>("How did claiming go?");
        what.setItems(MyEntitlements.ClaimStatus.values());
        what.setItemLabelGenerator(MyEntitlements.ClaimStatus::choice);
        var why = new com.vaadin.flow.component.textfield.TextArea("What did they tell you about why?");
        why.setWidthFull();
        why.setVisible(false);
        what.addValueChangeListener(change -> why.setVisible(change.getValue() == MyEntitlements.ClaimStatus.REFUSED));
        Paragraph thanks = new Paragraph();
        var send = new Button("Tell my adviser", click -> {
            what.setInvalid(false);
            why.setInvalid(false);
            if (what.getValue() == null) {
                what.setErrorMessage("Choose how it went");
                what.setInvalid(true);
                return;
            }
            try {
                var payload = entitlements.record(key, what.getValue(), why.getValue());
                if (payload.userErrors().isEmpty()) {
                    show(lastAnswers);
                    return;
                }
                payload.userErrors().forEach(error -> {
                    var field = "reason".equals(error.field()) ? why : what;
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                });
            } catch (BackendException problem) {
                thanks.setText(problem.problem().friendlyMessage());
            }
        });
        send.addClassName("my-entitlement__send");
        Details tell = new Details(told == null ? "Tell us if you have claimed this" : "Tell us how it is going now",
                new Div(what, why, send, thanks));
        tell.getElement().setAttribute("aria-label", "Tell us about claiming " + title);
        claiming.add(tell);
        return claiming;
    }
}
