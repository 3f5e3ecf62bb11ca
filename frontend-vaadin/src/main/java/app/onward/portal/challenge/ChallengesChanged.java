package app.onward.portal.challenge;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/** Fired on the tab's UI when a step was taken, so the navigation's count of what is waiting follows at once. */
public class ChallengesChanged extends ComponentEvent<UI> {

    ChallengesChanged(UI ui) {
        super(ui, false);
    }

    static void fire(UI ui) {
        ComponentUtil.fireEvent(ui, new ChallengesChanged(ui));
    }

    public static Registration listen(UI ui, Runnable listener) {
        return ComponentUtil.addListener(ui, ChallengesChanged.class, event -> listener.run());
    }
}
