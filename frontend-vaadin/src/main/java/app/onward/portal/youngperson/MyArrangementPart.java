package app.onward.portal.youngperson;

import app.onward.portal.youngperson.MyModel.MyArrangement;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Staying put or staying close in the young person's words, as the backend wrote them: where they live on
 * "where I live", and inside the accommodation part of their plan.
 */
class MyArrangementPart extends Div {

    /** @param inPlanPart true inside a part of the plan, whose own heading is already an h2 */
    MyArrangementPart(MyArrangement arrangement, boolean inPlanPart) {
        addClassName("my-arrangement");
        Component heading = inPlanPart ? new H3(arrangement.title()) : new H2(arrangement.title());
        var now = new Paragraph(arrangement.now());
        now.addClassName("my-now-sentence");
        add(heading, now);
        if (arrangement.moveOnPlan() != null) {
            add(new Paragraph(arrangement.moveOnPlan()));
        }
        arrangement.more().forEach(sentence -> add(new Paragraph(sentence)));
    }
}
