package app.onward.portal.offer.authoring;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.identity.CurrentUser;
import app.onward.portal.offer.authoring.DraftEdits.SectionText;
import app.onward.portal.offer.authoring.DraftEdits.Texts;
import app.onward.portal.offer.authoring.DraftModel.Draft;
import app.onward.portal.offer.authoring.DraftModel.Item;
import app.onward.portal.offer.authoring.DraftModel.Live;
import app.onward.portal.offer.authoring.DraftModel.Outcome;
import app.onward.portal.offer.authoring.DraftModel.Problem;
import app.onward.portal.offer.authoring.DraftModel.SaveInput;
import app.onward.portal.offer.authoring.DraftModel.Section;
import app.onward.portal.pathwayplan.InWords;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.staff.StaffLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tenant admin's page for the authority's local offer: what young people see now, and the draft of the next
 * version with everything in it, part by part; what stops publishing, with the way to each; plain-English advice;
 * the saved draft previewed at a phone's width, as a young person will see it; and publishing, after seeing what
 * changes. Each entitlement is edited on a page of its own ({@link EntitlementEditorView}).
 */
@StyleSheet("offer-editor.css")
@Route(value = "staff/offer", layout = StaffLayout.class)
@PageTitle("Your local offer – Onward")
@RolesAllowed("TENANT_ADMIN")
public class OfferEditorView extends Div implements BeforeEnterObserver {

    private static final Pattern ENTITLEMENT_PATH = Pattern.compile("sections\\.(\\d+)\\.entitlements\\.(\\d+)\\..*");

    private final OfferAuthoring authoring;
    private final CurrentUser currentUser;
    private final Div outcome = new Div();
    private Draft draft;
    private Live live;
    private TextField offerTitle;
    private TextArea offerIntroduction;
    private final Map<String, TextField> sectionTitles = new LinkedHashMap<>();
    private final Map<String, TextArea> sectionIntroductions = new LinkedHashMap<>();

    OfferEditorView(OfferAuthoring authoring, CurrentUser currentUser) {
        this.authoring = authoring;
        this.currentUser = currentUser;
        addClassName("offer-editor");
        outcome.addClassName("editor-outcome");
        outcome.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String message = SavedMessage.take();
        load();
        if (message != null) {
            said(message);
        }
    }

    private void load() {
        removeAll();
        outcome.removeAll();
        outcome.removeClassNames("saved", "not-saved");
        sectionTitles.clear();
        sectionIntroductions.clear();
        try {
            String slug = currentUser.me().authority().slug();
            live = authoring.live(slug).orElse(null);
            draft = authoring.draft().orElse(null);
            show(slug);
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/staff/offer"));
        }
    }

    private void show(String slug) {
        add(new RouterLink("Back to staff home", app.onward.portal.staff.StaffHomeView.class), new H1("Your local offer"));
        var now = new Paragraph(live == null ? "Young people see no offer from you yet: publish one to show it."
                : "Young people see version " + live.version() + ", published " + InWords.dayAndTime(live.publishedAt()) + ".");
        now.addClassName("lead");
        var links = new Div();
        links.addClassName("offer-links");
        if (live != null) {
            var publicPage = new Anchor("/" + slug + "/offer", "See it as young people do (opens in a new tab)");
            publicPage.setTarget(AnchorTarget.BLANK);
            links.add(publicPage);
        }
        links.add(new Anchor("/staff/offer/history", "Its history, and the differences between versions"));
        add(now, links, outcome);
        if (draft == null) {
            showNoDraft();
        } else {
            showDraft(slug);
        }
    }

    private void showNoDraft() {
        int next = live == null ? 1 : live.version() + 1;
        var start = new Button("Start a draft of version " + next, click -> {
            try {
                Outcome started = authoring.start();
                load();
                said(started.userErrors().isEmpty() ? "Started the draft of version " + started.draft().version()
                        + (live == null ? ", from the national entitlements every offer includes." : ", from version " + live.version() + ".")
                        : started.userErrors().getFirst().message());
            } catch (BackendException problem) {
                notSaved(problem.problem().friendlyMessage());
            }
        });
        start.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        add(new H2("Change the offer"), new Paragraph("Changes go into a draft first. Young people keep seeing "
                + (live == null ? "nothing" : "version " + live.version()) + " until you publish the draft; then they "
                + "see the new version straight away, and the old one stays in the history."), start);
    }

    private void showDraft(String slug) {
        var heading = new H2("Draft of version " + draft.version());
        var columns = new Div();
        columns.addClassName("editor-columns");
        var editing = new Div();
        editing.addClassName("editor-main");
        editing.add(problems(), advice(), texts());
        for (String area : areasInOrder()) {
            editing.add(section(area));
        }
        var saveTexts = new Button("Save the titles and introductions", click -> saveTexts());
        saveTexts.addThemeVariants(ButtonVariant.PRIMARY);
        editing.add(saveTexts, publishing());
        columns.add(editing, preview(slug));
        add(heading, new Paragraph("Saved changes stay in this draft until you publish it."), columns);
    }

    /** The draft's sections in its order, and the areas it has nothing in yet where adding one would put them. */
    private List<String> areasInOrder() {
        List<String> areas = new java.util.ArrayList<>(draft.sections().stream().map(Section::area).toList());
        for (String area : AuthoringWords.AREAS.keySet()) {
            if (!areas.contains(area)) {
                areas.add(DraftEdits.placeFor(areas, area), area);
            }
        }
        return areas;
    }

    /** Everything that stops publishing, each with the way to where it is fixed. */
    private Div problems() {
        var box = new Div();
        box.setId("problems");
        if (draft.problems().isEmpty()) {
            box.addClassName("ready-note");
            box.add(new Paragraph("Nothing stops this draft being published."));
            return box;
        }
        box.addClassName("problem-summary");
        int count = draft.problems().size();
        box.add(new H3(count == 1 ? "1 thing to fix before you can publish" : count + " things to fix before you can publish"));
        var list = new UnorderedList();
        for (Problem problem : draft.problems()) {
            Optional<Item> item = itemAt(problem.field());
            var entry = new ListItem();
            if (item.isPresent()) {
                entry.add(new RouterLink(item.get().title() + ": " + problem.message(), EntitlementEditorView.class,
                        new RouteParameters("key", item.get().key())));
            } else {
                entry.add(new Span(problem.message()));
            }
            list.add(entry);
        }
        box.add(list);
        return box;
    }

    /** Plain-English advice on the summaries: it never stops publishing. */
    private Div advice() {
        var box = new Div();
        if (draft.advice().isEmpty()) {
            return box;
        }
        box.addClassName("advice-summary");
        box.add(new H3("Plain-English advice"), new Paragraph("Suggestions for easier reading. They do not stop publishing."));
        var list = new UnorderedList();
        draft.advice().forEach(tip -> itemAt(tip.field()).ifPresent(item -> list.add(new ListItem(new RouterLink(
                item.title() + ": ‘" + tip.excerpt() + "’ – " + tip.suggestion(), EntitlementEditorView.class,
                new RouteParameters("key", item.key()))))));
        box.add(list);
        return box;
    }

    private Div texts() {
        offerTitle = new TextField("The offer's title");
        offerTitle.setValue(draft.title());
        offerTitle.setWidthFull();
        offerIntroduction = new TextArea("Introduction");
        offerIntroduction.setValue(draft.introduction());
        offerIntroduction.setWidthFull();
        var box = new Div(new H3("Title and introduction"), offerTitle, offerIntroduction);
        box.addClassName("offer-texts");
        return box;
    }

    /** One part of the offer: its heading and introduction, its entitlements in order, and a way to add one. */
    private Div section(String area) {
        Section section = draft.section(area);
        var box = new Div();
        box.addClassName("offer-section");
        box.add(new H3(section == null ? AuthoringWords.area(area) : section.title()));
        if (section != null) {
            var title = new TextField("Heading young people see");
            title.setValue(section.title());
            title.setWidthFull();
            var introduction = new TextArea("Introduction to this part");
            introduction.setValue(section.introduction() == null ? "" : section.introduction());
            introduction.setWidthFull();
            sectionTitles.put(area, title);
            sectionIntroductions.put(area, introduction);
            var texts = new Details("Change this part’s heading or introduction", new Div(title, introduction));
            texts.addClassName("section-texts");
            if (section.introduction() != null && !section.introduction().isBlank()) {
                var shown = new Paragraph(section.introduction());
                shown.addClassName("section-introduction");
                box.add(shown);
            }
            box.add(texts);
            var list = new UnorderedList();
            list.addClassName("entitlement-list");
            List<Item> items = section.entitlements();
            for (int i = 0; i < items.size(); i++) {
                list.add(card(items.get(i), i == 0, i == items.size() - 1));
            }
            if (!items.isEmpty()) {
                box.add(list);
            } else {
                box.add(new Paragraph("Nothing in this part yet."));
            }
        } else {
            box.add(new Paragraph("Nothing in this part yet."));
        }
        box.add(new RouterLink("Add an entitlement to “" + AuthoringWords.area(area) + "”", EntitlementEditorView.class,
                new RouteParameters("area", area)));
        return box;
    }

    private ListItem card(Item item, boolean first, boolean last) {
        var card = new ListItem();
        card.addClassName("entitlement-card");
        var name = new RouterLink(item.title(), EntitlementEditorView.class, new RouteParameters("key", item.key()));
        name.addClassName("entitlement-name");
        var facts = new Div();
        facts.addClassName("entitlement-facts");
        var kind = new Span(item.national() ? "National" : "Local");
        kind.addClassName(item.national() ? "tag-national" : "tag-local");
        facts.add(kind);
        if (item.whatYouGet() != null && item.whatYouGet().amountInWords() != null) {
            facts.add(new Span(item.whatYouGet().amountInWords()));
        }
        DraftModel.Place place = draft.find(item.key());
        int toFix = place == null ? 0 : draft.problemsUnder(place.path()).size();
        if (toFix > 0) {
            var fix = new Span(toFix == 1 ? "1 thing to fix" : toFix + " things to fix");
            fix.addClassName("tag-problem");
            facts.add(fix);
        }
        var up = new Button("Up", click -> move(item, -1));
        up.getElement().setAttribute("aria-label", "Move “" + item.title() + "” up");
        up.setEnabled(!first);
        var down = new Button("Down", click -> move(item, 1));
        down.getElement().setAttribute("aria-label", "Move “" + item.title() + "” down");
        down.setEnabled(!last);
        for (Button button : List.of(up, down)) {
            button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        }
        var order = new Div(up, down);
        order.addClassName("entitlement-order");
        card.add(name, facts, order);
        return card;
    }

    /** The saved draft as young people will see it, at a phone's width: the public page's own template. */
    private Div preview(String slug) {
        var frame = new IFrame("/staff/offer/preview");
        frame.setTitle("Preview of the draft at a phone's width");
        frame.addClassName("phone-preview");
        var refresh = new Button("Show the latest saved draft", click -> frame.reload());
        refresh.addThemeVariants(ButtonVariant.TERTIARY);
        var own = new Anchor("/staff/offer/preview", "Open the preview in a new tab");
        own.setTarget(AnchorTarget.BLANK);
        var box = new Div(new H3("Preview as a young person"),
                new Paragraph("The draft as last saved, at a phone's width. Links in it stay in the preview."),
                frame, previewActions(refresh, own));
        box.addClassName("editor-preview");
        return box;
    }

    private static Div previewActions(Button refresh, Anchor own) {
        var actions = new Div(refresh, own);
        actions.addClassName("preview-actions");
        return actions;
    }

    private Div publishing() {
        var box = new Div();
        box.addClassName("publishing");
        box.add(new H3("Publish version " + draft.version()));
        var publish = new Button("Check the changes and publish", click -> new PublishDialog(authoring, draft, live,
                this::published, this::notSaved).open());
        publish.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        if (!draft.problems().isEmpty()) {
            publish.setEnabled(false);
            box.add(new Paragraph("You can publish once the " + (draft.problems().size() == 1 ? "thing" : "things")
                    + " listed at the top " + (draft.problems().size() == 1 ? "is" : "are") + " fixed."));
        } else {
            box.add(new Paragraph("Young people see the new version as soon as you publish it"
                    + (live == null ? "." : "; version " + live.version() + " stays in the history.")
                    + " Save the titles and introductions first if you changed them."));
        }
        box.add(publish);
        return box;
    }

    private void published(int version) {
        load();
        said("Published version " + version + ". Young people see it now.");
    }

    private void saveTexts() {
        save(asShown(), "Saved the titles and introductions.");
    }

    /** Moves keep what was typed in the titles and introductions: the draft is sent as the page holds it. */
    private void move(Item item, int by) {
        save(DraftEdits.moved(asShown(), item.key(), by), "Moved “" + item.title() + "” " + (by < 0 ? "up." : "down."));
    }

    /** The draft with the offer's and the sections' titles and introductions as typed on this page. */
    private SaveInput asShown() {
        Map<String, SectionText> sections = new LinkedHashMap<>();
        sectionTitles.forEach((area, title) -> sections.put(area,
                new SectionText(title.getValue().strip(), sectionIntroductions.get(area).getValue().strip())));
        return DraftEdits.withTexts(DraftEdits.unchanged(draft),
                new Texts(offerTitle.getValue().strip(), offerIntroduction.getValue().strip(), sections));
    }

    private void save(SaveInput input, String done) {
        Outcome answer;
        try {
            answer = authoring.save(input);
        } catch (BackendException problem) {
            notSaved(problem.problem().friendlyMessage() + " What you typed is still here.");
            return;
        }
        if (answer.userErrors().isEmpty()) {
            load();
            said(done);
            return;
        }
        outcome.removeAll();
        outcome.addClassName("not-saved");
        outcome.add(new Paragraph(answer.conflict() ? "Not saved." : "Nothing was saved. Please check these:"));
        answer.userErrors().forEach(error -> outcome.add(new Paragraph(error.message())));
        if (answer.conflict()) {
            outcome.add(new Paragraph("What you typed is still on this page; copy it if you need it, then "),
                    new Anchor("/staff/offer", "open the latest draft"));
        }
        outcome.scrollIntoView();
    }

    private void said(String message) {
        outcome.removeAll();
        outcome.removeClassName("not-saved");
        outcome.addClassName("saved");
        outcome.add(new Paragraph(message));
    }

    private void notSaved(String message) {
        outcome.removeAll();
        outcome.removeClassName("saved");
        outcome.addClassName("not-saved");
        outcome.add(new Paragraph(message));
    }

    /** The entitlement a problem's path is about ("sections.2.entitlements.0.summary"); empty for the offer's own. */
    private Optional<Item> itemAt(String path) {
        if (path == null) {
            return Optional.empty();
        }
        Matcher at = ENTITLEMENT_PATH.matcher(path);
        if (!at.matches()) {
            return Optional.empty();
        }
        int s = Integer.parseInt(at.group(1));
        int e = Integer.parseInt(at.group(2));
        if (s >= draft.sections().size() || e >= draft.sections().get(s).entitlements().size()) {
            return Optional.empty();
        }
        return Optional.of(draft.sections().get(s).entitlements().get(e));
    }
}
