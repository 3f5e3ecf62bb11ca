package app.onward.offer;

import app.onward.identity.CurrentUser;
import app.onward.offer.OfferDraftInputs.SaveOfferDraftInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

@Controller
class OfferDraftController {

    private final OfferDrafts drafts;

    OfferDraftController(OfferDrafts drafts) {
        this.drafts = drafts;
    }

    record PublishOfferDraftInput(int rowVersion) {}

    record PlainEnglishAdvice(String field, String kind, String excerpt, String suggestion) {}

    @QueryMapping
    OfferDrafts.DraftView offerDraft() {
        return drafts.draft().orElse(null);
    }

    @MutationMapping
    OfferDrafts.Result startOfferDraft() {
        return drafts.start();
    }

    @MutationMapping
    OfferDrafts.Result saveOfferDraft(@Argument SaveOfferDraftInput input) {
        return drafts.save(input);
    }

    @MutationMapping
    OfferDrafts.Published publishOfferDraft(@Argument PublishOfferDraftInput input) {
        return drafts.publish(input.rowVersion(), CurrentUser.require().subject());
    }

    @SchemaMapping(typeName = "OfferDraft")
    int version(OfferDrafts.DraftView draft) {
        return draft.offer().version();
    }

    @SchemaMapping(typeName = "OfferDraft")
    String title(OfferDrafts.DraftView draft) {
        return draft.offer().title();
    }

    @SchemaMapping(typeName = "OfferDraft")
    String introduction(OfferDrafts.DraftView draft) {
        return draft.offer().introduction();
    }

    @SchemaMapping(typeName = "OfferDraft")
    List<PublishedOffer.Section> sections(OfferDrafts.DraftView draft) {
        return draft.offer().sections();
    }

    @SchemaMapping(typeName = "OfferDraft")
    List<OfferDifference> changes(OfferDrafts.DraftView draft) {
        return drafts.changes(draft);
    }

    @SchemaMapping(typeName = "OfferDraft")
    List<PlainEnglishAdvice> advice(OfferDrafts.DraftView draft) {
        return draft.advice().stream().map(tip -> new PlainEnglishAdvice(tip.field(), tip.advice().kind(),
                tip.advice().excerpt(), tip.advice().suggestion())).toList();
    }
}
