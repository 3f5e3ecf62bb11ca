package app.onward.portal.offer.authoring;

import app.onward.portal.offer.authoring.DraftModel.Advice;
import app.onward.portal.offer.authoring.DraftModel.Contact;
import app.onward.portal.offer.authoring.DraftModel.EntitlementInput;
import app.onward.portal.offer.authoring.DraftModel.HowToClaimInput;
import app.onward.portal.offer.authoring.DraftModel.Item;
import app.onward.portal.offer.authoring.DraftModel.Problem;
import app.onward.portal.offer.authoring.DraftModel.Rule;
import app.onward.portal.offer.authoring.DraftModel.WhatYouGetInput;
import app.onward.portal.offer.authoring.DraftModel.WhoQualifiesInput;
import app.onward.portal.problem.ErrorSummaryEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything about one entitlement a tenant admin writes, in the order a young person reads it: what it is, what
 * they get, who can get it, how to claim, and where it comes from. The form shows problems next to their fields
 * (paths as the backend gives them, "howToClaim.steps") and lists them in a summary at the top whose entries
 * move to the field, as GOV.UK's error summary does. It keeps what is typed until the page is left.
 */
class EntitlementForm extends Div {

    /** "Doesn't matter" is no rule at all; the other two are the rule's {@code required}. */
    enum RuleChoice {
        ANY("Does not matter"), MUST("Must be"), MUST_NOT("Must not be");

        private final String words;

        RuleChoice(String words) {
            this.words = words;
        }
    }

    private final TextField title = new TextField("Title");
    private final TextField key = new TextField("Its web address");
    private final Select<String> area = new Select<>();
    private final TextArea summary = new TextArea("Summary, in plain English");
    private final Div summaryAdvice = new Div();
    private final TextArea description = new TextArea("What they get, in words");
    private final TextField amount = new TextField("Amount of money");
    private final Select<String> frequency = new Select<>();
    private final Checkbox upTo = new Checkbox("This is the most they can get: “up to”");
    private final TextField cap = new TextField("Any other limit");
    private final IntegerField fromAge = new IntegerField("From age");
    private final IntegerField fromDaysBefore = new IntegerField("Starting this many days before that birthday");
    private final IntegerField untilAge = new IntegerField("Ends at this birthday");
    private final CheckboxGroup<String> categories = new CheckboxGroup<>("Care-leaver categories");
    private final Map<String, Select<RuleChoice>> circumstances = new LinkedHashMap<>();
    private final TextArea steps = new TextArea("Steps to claim, one per line, in order");
    private final TextArea proof = new TextArea("What to bring or show, one per line");
    private final TextField contactName = new TextField("Who to contact");
    private final TextField contactPhone = new TextField("Phone");
    private final TextField contactEmail = new TextField("Email");
    private final TextField contactWeb = new TextField("Web page");
    private final TextArea legalBasis = new TextArea("Legal basis");
    private final DatePicker lastReviewedOn = new DatePicker("Last checked on");
    private final DatePicker availableUntil = new DatePicker("Offered until");
    private final Div errorSummary = new Div();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final String nationalEntitlement;

    /**
     * @param item      the entitlement as the draft holds it; null for a new one
     * @param keyFixed  whether the key is already someone's address (published, or national) and must stay
     * @param slug      the authority's, to show the web address the key makes
     */
    EntitlementForm(Item item, String initialArea, boolean keyFixed, String slug) {
        addClassName("entitlement-form");
        this.nationalEntitlement = item == null ? null : item.nationalEntitlement();
        errorSummary.addClassName("form-error-summary");
        errorSummary.getElement().setAttribute("role", "alert");
        errorSummary.getElement().setAttribute("tabindex", "-1");
        errorSummary.setVisible(false);

        title.setHelperText("What young people would call it: “Council tax exemption”");
        key.setPrefixComponent(new Span("/" + slug + "/offer/"));
        key.setHelperText(keyFixed ? "It stays the same once published, so links to it keep working."
                : "Lower-case letters, numbers and hyphens. It cannot change once published.");
        key.setReadOnly(keyFixed);
        area.setLabel("Part of the offer");
        area.setItems(AuthoringWords.AREAS.keySet());
        area.setItemLabelGenerator(AuthoringWords::area);
        area.setValue(item != null && item.area() != null ? item.area() : initialArea);
        summary.setHelperText("Two or three short sentences a 16-year-old would understand.");
        summaryAdvice.addClassName("plain-english-advice");
        summaryAdvice.getElement().setAttribute("aria-live", "polite");

        description.setHelperText("“A one-off payment to buy what you need for your first home.”");
        amount.setHelperText("Leave empty when it is not money. For example £3,000 or 12.50.");
        amount.setPrefixComponent(new Span("£"));
        frequency.setLabel("How often");
        frequency.setItems(new ArrayList<>(AuthoringWords.FREQUENCIES.keySet()));
        frequency.setEmptySelectionAllowed(true);
        frequency.setEmptySelectionCaption("Not regular, or not money");
        frequency.setItemLabelGenerator(value -> value == null ? "Not regular, or not money" : AuthoringWords.FREQUENCIES.get(value));
        cap.setHelperText("For example “12 months” or “10 lessons”.");

        fromAge.setHelperText("The birthday it starts on: 16, 18 …");
        fromAge.setMin(0);
        fromAge.setMax(30);
        fromDaysBefore.setHelperText("0 unless it can start earlier, like Universal Credit (28 days).");
        fromDaysBefore.setMin(0);
        fromDaysBefore.setMax(366);
        untilAge.setHelperText("21: it ends the day before the 21st birthday. Leave empty if there is no upper age.");
        untilAge.setMin(1);
        untilAge.setMax(30);
        categories.setItems(AuthoringWords.CATEGORIES.keySet());
        categories.setItemLabelGenerator(AuthoringWords.CATEGORIES::get);
        categories.setHelperText("Tick none if it is for every care-experienced young person.");
        AuthoringWords.CIRCUMSTANCES.forEach((circumstance, words) -> {
            var choice = new Select<RuleChoice>();
            choice.setLabel(words);
            choice.setItems(RuleChoice.values());
            choice.setItemLabelGenerator(value -> value.words);
            choice.setValue(RuleChoice.ANY);
            circumstances.put(circumstance, choice);
        });

        steps.setHelperText("For example: “Ask your personal adviser”, then “Fill in the form they give you”.");
        proof.setHelperText("For example: “Your council tax bill”. Leave empty if nothing is needed.");
        contactEmail.setHelperText("A team's address, not a person's own.");
        legalBasis.setHelperText("The law or policy it comes from, for staff and inspectors.");
        for (DatePicker date : List.of(lastReviewedOn, availableUntil)) {
            date.setLocale(Locale.UK);
        }
        availableUntil.setHelperText("Only when it is funded until a date. Leave empty if it is not.");

        fill(item);
        register();

        add(errorSummary,
                group("What it is", title, key, area, summary, summaryAdvice),
                group("What they get", description, amount, frequency, upTo, cap),
                group("Who can get it", ages(), categories, circumstanceChoices()),
                group("How to claim", steps, proof, contactName, contactPhone, contactEmail, contactWeb),
                group("Where it comes from", legalBasis, lastReviewedOn, availableUntil));
        for (var text : List.of(title, key, amount, cap, contactName, contactPhone, contactEmail, contactWeb)) {
            text.setWidthFull();
        }
        for (var text : List.of(summary, description, steps, proof, legalBasis)) {
            text.setWidthFull();
        }
    }

    String area() {
        return area.getValue();
    }

    String title() {
        return title.getValue().strip();
    }

    void setKey(String value) {
        key.setValue(value);
    }

    String key() {
        return key.getValue().strip();
    }

    boolean keyFixed() {
        return key.isReadOnly();
    }

    /** What the form holds, as saveOfferDraft takes it. Empty parts are left out, so the backend lists what is missing. */
    EntitlementInput input() {
        WhatYouGetInput got = blank(description) && blank(amount) && blank(cap) && frequency.getValue() == null
                ? null
                : new WhatYouGetInput(description.getValue().strip(), text(amount), frequency.getValue(),
                upTo.getValue(), text(cap));
        List<Rule> rules = new ArrayList<>();
        circumstances.forEach((circumstance, choice) -> {
            if (choice.getValue() != RuleChoice.ANY) {
                rules.add(new Rule(circumstance, choice.getValue() == RuleChoice.MUST));
            }
        });
        WhoQualifiesInput who = fromAge.getValue() == null ? null
                : new WhoQualifiesInput(fromAge.getValue(), fromDaysBefore.getValue(), untilAge.getValue(),
                List.copyOf(categories.getValue()), rules);
        Contact contact = new Contact(text(contactName), text(contactPhone), text(contactEmail), text(contactWeb));
        List<String> stepList = lines(steps);
        List<String> proofList = lines(proof);
        boolean saysNothingOfContact = contact.name() == null && contact.phone() == null && contact.email() == null
                && contact.web() == null;
        HowToClaimInput claim = stepList.isEmpty() && proofList.isEmpty() && saysNothingOfContact ? null
                : new HowToClaimInput(stepList, proofList, saysNothingOfContact ? null : contact);
        return new EntitlementInput(key(), title(), summary.getValue().strip(), got, who, claim, nationalEntitlement,
                text(legalBasis), DraftEdits.iso(lastReviewedOn.getValue()), DraftEdits.iso(availableUntil.getValue()));
    }

    /**
     * Marks each problem's field and lists them all at the top; a problem about no field shown here is listed only.
     *
     * @param heading "There is a problem" for a refused save; what to fix before publishing for a saved draft
     */
    void showProblems(String heading, List<Problem> problems) {
        clearProblems();
        if (problems.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        for (Problem problem : problems) {
            list.add(ErrorSummaryEntry.of(fieldFor(problem.field()), problem.message()));
        }
        errorSummary.add(new H2(heading), list);
        errorSummary.setVisible(true);
    }

    void clearProblems() {
        fields.values().forEach(component -> {
            if (component instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
        errorSummary.removeAll();
        errorSummary.setVisible(false);
    }

    /** Plain-English advice on the summary, from the last save: it never stops publishing. */
    void showAdvice(List<Advice> advice) {
        summaryAdvice.removeAll();
        for (Advice tip : advice) {
            var note = new Paragraph("‘" + tip.excerpt() + "’: " + tip.suggestion());
            note.addClassName("language-flag");
            summaryAdvice.add(note);
        }
    }

    void focusSummary() {
        errorSummary.getElement().callJsFunction("focus");
    }

    private void fill(Item item) {
        if (item == null) {
            fromDaysBefore.setValue(0);
            lastReviewedOn.setValue(LocalDate.now());
            return;
        }
        title.setValue(orEmpty(item.title()));
        key.setValue(orEmpty(item.key()));
        summary.setValue(orEmpty(item.summary()));
        if (item.whatYouGet() != null) {
            description.setValue(orEmpty(item.whatYouGet().description()));
            amount.setValue(item.whatYouGet().amount() == null ? "" : item.whatYouGet().amount().text().replaceFirst("^£", ""));
            frequency.setValue(item.whatYouGet().frequency());
            upTo.setValue(item.whatYouGet().upTo());
            cap.setValue(orEmpty(item.whatYouGet().cap()));
        }
        fromDaysBefore.setValue(0);
        if (item.whoQualifies() != null) {
            fromAge.setValue(item.whoQualifies().fromAge());
            fromDaysBefore.setValue(item.whoQualifies().fromDaysBefore());
            untilAge.setValue(item.whoQualifies().untilAge());
            categories.setValue(new LinkedHashSet<>(item.whoQualifies().categories()));
            for (Rule rule : item.whoQualifies().circumstances()) {
                Select<RuleChoice> choice = circumstances.get(rule.circumstance());
                if (choice != null) {
                    choice.setValue(rule.required() ? RuleChoice.MUST : RuleChoice.MUST_NOT);
                }
            }
        }
        if (item.howToClaim() != null) {
            steps.setValue(String.join("\n", item.howToClaim().steps()));
            proof.setValue(String.join("\n", item.howToClaim().proof()));
            Contact contact = item.howToClaim().contact();
            if (contact != null) {
                contactName.setValue(orEmpty(contact.name()));
                contactPhone.setValue(orEmpty(contact.phone()));
                contactEmail.setValue(orEmpty(contact.email()));
                contactWeb.setValue(orEmpty(contact.web()));
            }
        }
        legalBasis.setValue(orEmpty(item.legalBasis()));
        lastReviewedOn.setValue(item.lastReviewedOn());
        availableUntil.setValue(item.availableUntil());
    }

    /** The backend's paths (offer.graphqls EntitlementInput), each to the field that shows it. */
    private void register() {
        fields.put("title", title);
        fields.put("key", key);
        fields.put("area", area);
        fields.put("summary", summary);
        fields.put("whatYouGet", description);
        fields.put("whatYouGet.description", description);
        fields.put("whatYouGet.amount", amount);
        fields.put("whatYouGet.frequency", frequency);
        fields.put("whatYouGet.cap", cap);
        fields.put("whoQualifies", fromAge);
        fields.put("whoQualifies.fromAge", fromAge);
        fields.put("whoQualifies.fromDaysBefore", fromDaysBefore);
        fields.put("whoQualifies.untilAge", untilAge);
        fields.put("whoQualifies.categories", categories);
        fields.put("whoQualifies.circumstances", circumstances.values().iterator().next());
        fields.put("howToClaim", steps);
        fields.put("howToClaim.steps", steps);
        fields.put("howToClaim.proof", proof);
        fields.put("howToClaim.contact", contactName);
        fields.put("howToClaim.contact.name", contactName);
        fields.put("howToClaim.contact.phone", contactPhone);
        fields.put("howToClaim.contact.email", contactEmail);
        fields.put("howToClaim.contact.web", contactWeb);
        fields.put("legalBasis", legalBasis);
        fields.put("lastReviewedOn", lastReviewedOn);
        fields.put("availableUntil", availableUntil);
    }

    /** The field a path is about: itself, or the nearest enclosing path shown ("howToClaim.steps.2" is the steps). */
    private Optional<Component> fieldFor(String path) {
        String at = path;
        while (at != null && !at.isEmpty()) {
            if (fields.containsKey(at)) {
                return Optional.of(fields.get(at));
            }
            int dot = at.lastIndexOf('.');
            at = dot < 0 ? null : at.substring(0, dot);
        }
        return Optional.empty();
    }

    private Div ages() {
        var ages = new Div(fromAge, fromDaysBefore, untilAge);
        ages.addClassName("age-fields");
        return ages;
    }

    private Div circumstanceChoices() {
        var choices = new Div();
        choices.addClassName("circumstance-choices");
        var intro = new Paragraph("Their circumstances: leave “Does not matter” unless it is only for, or never for, "
                + "young people in that situation.");
        intro.addClassName("hint");
        choices.add(intro);
        circumstances.values().forEach(choices::add);
        return choices;
    }

    private static Div group(String heading, Component... parts) {
        var group = new Div();
        group.addClassName("form-group");
        var legend = new H2(heading);
        group.add(legend);
        group.add(parts);
        return group;
    }

    private static List<String> lines(TextArea area) {
        return Arrays.stream(area.getValue().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String text(TextField field) {
        String value = field.getValue().strip();
        return value.isEmpty() ? null : value;
    }

    private static String text(TextArea field) {
        String value = field.getValue().strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean blank(TextArea field) {
        return field.getValue().isBlank();
    }

    private static boolean blank(TextField field) {
        return field.getValue().isBlank();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
