package app.onward.portal.caseload;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/** Fired on the tab's UI when a notice was marked read, so the header's count follows without a reload. */
public class NoticesChanged extends ComponentEvent<UI> {

    NoticesChanged(UI ui) {
        super(ui, false);
    }

    static void fire(UI ui) {
        ComponentUtil.fireEvent(ui, new NoticesChanged(ui));
    }

    public static Registration listen(UI ui, Runnable listener) {
        return ComponentUtil.addListener(ui, NoticesChanged.class, event -> listener.run());
    }
}
