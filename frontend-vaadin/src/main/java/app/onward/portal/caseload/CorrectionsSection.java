package app.onward.portal.caseload;

import app.onward.portal.caseload.YoungPeople.AnswerPayload;
import app.onward.portal.caseload.YoungPersonRecord.CorrectionRequest;
import app.onward.portal.graphql.BackendException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * What the young person told us is wrong. An unanswered one waits for the personal adviser's answer, which the
 * young person then reads in their own view.
 */
class CorrectionsSection extends RecordSection {

    CorrectionsSection(YoungPeople youngPeople, YoungPersonRecord record, Runnable onAnswered) {
        super("What they told us is wrong");
        if (record.correctionRequests().isEmpty()) {
            add(new Paragraph("Nothing so far."));
            return;
        }
        for (CorrectionRequest request : record.correctionRequests()) {
            var item = new Div(hint("Told us on " + day(request.raisedAt())), new Paragraph("“" + request.whatIsWrong() + "”"));
            item.addClassName("correction");
            if (request.answered()) {
                item.add(hint("Answered by " + (request.answeredBy() == null ? "staff" : request.answeredBy().name())
                        + " on " + day(request.answeredAt())), new Paragraph(request.answer()));
            } else {
                item.addClassName("correction-waiting");
                item.add(answerForm(youngPeople, request, onAnswered));
            }
            add(item);
        }
    }

    private static Div answerForm(YoungPeople youngPeople, CorrectionRequest request, Runnable onAnswered) {
        var answer = new TextArea("Your answer");
        answer.setWidthFull();
        var errors = new FieldErrors().field("answer", answer);
        var send = new Button("Send answer", click -> {
            try {
                AnswerPayload payload = youngPeople.answerCorrectionRequest(request.id(), answer.getValue());
                if (errors.show(payload.userErrors())) {
                    onAnswered.run();
                }
            } catch (BackendException problem) {
                errors.showProblem(problem.problem().friendlyMessage());
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(errors, answer, send);
        form.addClassName("answer-form");
        return form;
    }
}
