package app.onward.offer;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

@Controller
class OfferHistoryController {

    private final OfferHistory history;

    OfferHistoryController(OfferHistory history) {
        this.history = history;
    }

    @QueryMapping
    List<OfferVersionSummary> offerVersions() {
        return history.versions();
    }

    @QueryMapping
    List<OfferDifference> offerDifferences(@Argument int from, @Argument int to) {
        return history.differences(from, to);
    }
}
