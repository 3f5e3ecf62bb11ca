package app.onward.portal.challenge;

import app.onward.portal.challenge.ChallengeModel.QuoteWarning;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What young people said, one quote a box: add as many as needed, remove any but the last. Each box shows its own
 * warnings beside it (a name, a phone number…), which never stop the challenge being submitted.
 */
class QuoteList extends Div {

    private final List<QuoteRow> rows = new ArrayList<>();
    private final Div rowsHolder = new Div();
    private final Runnable onTyped;

    /** @param onTyped asked a moment after typing stops, to check the quotes again */
    QuoteList(Runnable onTyped) {
        this.onTyped = onTyped;
        addClassName("quote-list");
        var add = new Button("Add another quote", click -> addRow().text.focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(rowsHolder, add);
        addRow();
    }

    /** Every box as typed, empty ones too, so that each one's place matches the backend's "quotes.2". */
    List<String> quotes() {
        return rows.stream().map(row -> row.text.getValue().strip()).toList();
    }

    void showWarnings(List<QuoteWarning> warnings) {
        for (int place = 0; place < rows.size(); place++) {
            int quote = place;
            rows.get(place).showWarnings(warnings.stream().filter(warning -> warning.quote() == quote).toList());
        }
    }

    /** "quotes.1" for the second box; "quotes" for the first, when the problem is about them all. */
    Map<String, Component> fields() {
        var fields = new LinkedHashMap<String, Component>();
        fields.put("quotes", rows.getFirst().text);
        for (int place = 0; place < rows.size(); place++) {
            fields.put("quotes." + place, rows.get(place).text);
        }
        return fields;
    }

    private QuoteRow addRow() {
        var row = new QuoteRow();
        rows.add(row);
        rowsHolder.add(row);
        renumber();
        return row;
    }

    private void remove(QuoteRow row) {
        rows.remove(row);
        rowsHolder.remove(row);
        renumber();
        onTyped.run();
    }

    private void renumber() {
        for (int place = 0; place < rows.size(); place++) {
            rows.get(place).number(place + 1, rows.size() > 1);
        }
    }

    private final class QuoteRow extends Div {

        private final TextArea text = new TextArea();
        private final Div warnings = new Div();
        private final Button remove = new Button("Remove");

        QuoteRow() {
            addClassName("quote-row");
            text.setWidthFull();
            text.setMaxLength(1000);
            text.setHelperText("In their words, without names or anything that could identify them.");
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setValueChangeTimeout(700);
            text.addValueChangeListener(change -> onTyped.run());
            warnings.addClassName("quote-warnings");
            warnings.getElement().setAttribute("aria-live", "polite");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(click -> QuoteList.this.remove(this));
            add(text, warnings, remove);
        }

        void number(int number, boolean removable) {
            text.setLabel("Quote " + number);
            remove.setAriaLabel("Remove quote " + number);
            remove.setVisible(removable);
        }

        void showWarnings(List<QuoteWarning> found) {
            warnings.removeAll();
            for (QuoteWarning warning : found) {
                var note = new Paragraph(warning.message());
                note.addClassName("quote-warning");
                warnings.add(note);
            }
        }
    }
}
