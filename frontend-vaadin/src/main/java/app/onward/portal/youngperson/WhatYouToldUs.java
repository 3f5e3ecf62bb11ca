package app.onward.portal.youngperson;

import app.onward.portal.pathwayplan.InWords;
import app.onward.portal.youngperson.MyModel.ChangeToldUs;
import app.onward.portal.youngperson.MyModel.CorrectionRequest;
import app.onward.portal.youngperson.MyModel.Mine;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** What a young person told us, newest first: the changes, and what they said was wrong with any answer. */
class WhatYouToldUs extends Div {

    WhatYouToldUs(Mine mine) {
        addClassName("told-us");
        add(new H2("What you told us"));
        if (mine.changesYouToldUs().isEmpty() && mine.correctionRequests().isEmpty()) {
            add(new Paragraph("You have not told us anything here yet."));
            return;
        }
        if (!mine.correctionRequests().isEmpty()) {
            add(new H3("Things you said were wrong"));
            mine.correctionRequests().forEach(request -> add(correction(request)));
        }
        if (!mine.changesYouToldUs().isEmpty()) {
            add(new H3("Changes you told us about"));
            mine.changesYouToldUs().forEach(change -> add(change(change)));
        }
    }

    private static Div correction(CorrectionRequest request) {
        var card = new Div(new Paragraph("On " + InWords.day(request.raisedAt()) + " you said: " + request.whatIsWrong()));
        card.addClassName("told-us-item");
        if (request.answer() == null) {
            var waiting = new Paragraph("Waiting for an answer from your adviser.");
            waiting.addClassName("hint");
            card.add(waiting);
        } else {
            var answer = new Paragraph("Answer from " + request.answeredBy().name() + " on "
                    + InWords.day(request.answeredAt()) + ": " + request.answer());
            answer.addClassName("answer");
            card.add(answer);
        }
        return card;
    }

    private static Div change(ChangeToldUs change) {
        var card = new Div(new Paragraph(change.kind().inTheirWords()
                + (change.occurredOn() == null ? "" : " — on " + InWords.day(change.occurredOn()))));
        card.addClassName("told-us-item");
        if (change.description() != null && !change.description().isBlank()) {
            card.add(new Paragraph(change.description()));
        }
        var when = new Paragraph("You told us on " + InWords.day(change.recordedAt()) + ".");
        when.addClassName("hint");
        card.add(when);
        return card;
    }
}
