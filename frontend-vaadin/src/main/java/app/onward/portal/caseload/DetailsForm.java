package app.onward.portal.caseload;

import app.onward.portal.caseload.YoungPeople.DetailsPayload;
import app.onward.portal.graphql.BackendException;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Editing a young person's details against the version they were read at (DESIGN.md, "No lost updates"). When
 * someone else saved first the backend refuses; the form then says what they changed, takes their new value into
 * every field this person had not touched, and keeps what this person typed everywhere else. The next save is made
 * against the newer version, so keeping one's own value over theirs is a choice taken knowing both.
 */
class DetailsForm extends Div {

    private final List<Binding<?>> bindings = new ArrayList<>();
    private final FieldErrors errors = new FieldErrors();
    private final ConflictMessage conflict = new ConflictMessage();
    private final String youngPersonId;
    private YoungPersonRecord base;

    DetailsForm(YoungPeople youngPeople, YoungPersonRecord record, Consumer<YoungPersonRecord> onSaved,
                Runnable onCancel) {
        this.youngPersonId = record.id();
        this.base = record;
        addClassName("details-form");
        var dateOfBirth = new DatePicker("Date of birth");
        dateOfBirth.setLocale(Locale.UK);
        var fields = new FormLayout(
                text("givenName", "Given name", true, YoungPersonRecord::givenName),
                text("familyName", "Family name", true, YoungPersonRecord::familyName),
                text("preferredName", "Preferred name", false, YoungPersonRecord::preferredName),
                text("pronouns", "Pronouns", false, YoungPersonRecord::pronouns),
                bind("dateOfBirth", dateOfBirth, YoungPersonRecord::dateOfBirth),
                text("ethnicity", "Ethnicity (DfE code, e.g. WBRI)", true, YoungPersonRecord::ethnicity),
                text("preferredLanguage", "Preferred language", true, YoungPersonRecord::preferredLanguage),
                text("phone", "Phone", false, found -> found.contactDetails().phone()),
                bind("email", new EmailField("Email"), found -> orEmpty(found.contactDetails().email())),
                text("disabilityDetails", "Disability details", false, YoungPersonRecord::disabilityDetails));
        var flags = new Div(
                check("unaccompaniedAsylumSeeking", "Unaccompanied asylum-seeking",
                        YoungPersonRecord::unaccompaniedAsylumSeeking),
                check("isParent", "Is a parent", YoungPersonRecord::isParent),
                check("hasDisability", "Has a disability", YoungPersonRecord::hasDisability),
                check("consentsToTexts", "Agrees to texts", found -> found.contactDetails().consentsToTexts()),
                check("consentsToEmail", "Agrees to email", found -> found.contactDetails().consentsToEmail()));
        flags.addClassName("checkboxes");
        bindings.forEach(binding -> binding.fill(record));
        var save = new Button("Save details", click -> save(youngPeople, onSaved));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button("Cancel", click -> {
            removeFromParent();
            onCancel.run();
        });
        var buttons = new Div(save, cancel);
        buttons.addClassName("form-buttons");
        add(conflict, errors, fields, flags, buttons);
    }

    private void save(YoungPeople youngPeople, Consumer<YoungPersonRecord> onSaved) {
        try {
            DetailsPayload payload = youngPeople.updateDetails(input());
            if (payload.conflict() != null) {
                errors.clear();
                conflict.show(payload.conflict().changedFields());
                YoungPersonRecord current = payload.conflict().current();
                bindings.forEach(binding -> binding.takeTheirsIfUntouched(base, current));
                base = current;
            } else if (errors.show(payload.userErrors()) && payload.youngPerson() != null) {
                onSaved.accept(payload.youngPerson());
            }
        } catch (BackendException problem) {
            errors.showProblem(problem.problem().friendlyMessage());
        }
    }

    private Map<String, Object> input() {
        var input = new HashMap<String, Object>();
        input.put("youngPersonId", youngPersonId);
        input.put("version", base.version());
        bindings.forEach(binding -> input.put(binding.name(), binding.inputValue()));
        return input;
    }

    private TextField text(String name, String label, boolean required, Function<YoungPersonRecord, String> read) {
        var field = new TextField(label);
        bindings.add(new Binding<>(name, field, found -> orEmpty(read.apply(found)),
                value -> required ? value.trim() : orNull(value)));
        errors.field(name, field);
        return field;
    }

    private DatePicker bind(String name, DatePicker field, Function<YoungPersonRecord, LocalDate> read) {
        bindings.add(new Binding<>(name, field, read, YoungPeople::iso));
        errors.field(name, field);
        return field;
    }

    private EmailField bind(String name, EmailField field, Function<YoungPersonRecord, String> read) {
        bindings.add(new Binding<>(name, field, read, DetailsForm::orNull));
        errors.field(name, field);
        return field;
    }

    private Checkbox check(String name, String label, Function<YoungPersonRecord, Boolean> read) {
        var field = new Checkbox(label);
        bindings.add(new Binding<>(name, field, read, value -> value));
        return field;
    }

    /** One field of the form: its name in the contract's input, how to read it from a record and how to send it. */
    private record Binding<V>(String name, HasValue<?, V> field, Function<YoungPersonRecord, V> read,
                              Function<V, Object> toInput) {

        void fill(YoungPersonRecord record) {
            field.setValue(read.apply(record));
        }

        void takeTheirsIfUntouched(YoungPersonRecord base, YoungPersonRecord current) {
            if (Objects.equals(field.getValue(), read.apply(base))) {
                fill(current);
            }
        }

        Object inputValue() {
            return toInput.apply(field.getValue());
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
