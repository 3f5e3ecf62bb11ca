package app.onward.portal.pathwayplan;

import app.onward.portal.pathwayplan.PlanModel.LanguageFlag;
import com.vaadin.flow.component.HasValidation;

import java.util.List;

/**
 * One field of the plan editor, found by its path in the save's input ("sections.2.goals.0.actions.1.byWhen"), so
 * that the backend's userErrors and language flags appear next to the field they are about.
 */
interface FieldSlot {

    void showError(String message);

    void clearError();

    default void showFlags(List<LanguageFlag> flags) {
    }

    static FieldSlot of(CheckedText text) {
        return new FieldSlot() {
            public void showError(String message) { text.showError(message); }
            public void clearError() { text.clearError(); }
            public void showFlags(List<LanguageFlag> flags) { text.showFlags(flags); }
        };
    }

    static FieldSlot of(HasValidation field) {
        return new FieldSlot() {
            public void showError(String message) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            public void clearError() { field.setInvalid(false); }
        };
    }
}
