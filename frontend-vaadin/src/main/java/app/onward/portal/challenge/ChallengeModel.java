package app.onward.portal.challenge;

import app.onward.portal.caseload.UserError;
import app.onward.portal.challenge.ChallengeTerms.Status;
import app.onward.portal.challenge.ChallengeTerms.Step;
import app.onward.portal.challenge.ChallengeTerms.Theme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The challenge contract's types as the portal reads them (challenge.graphqls). */
final class ChallengeModel {

    private ChallengeModel() {
    }

    /** A leader, or the corporate parenting board ({@code id} "board"). */
    record Answerer(String id, String name, boolean board) {}

    record Event(Status status, OffsetDateTime at, String by) {}

    record Action(String id, String owner, String description, LocalDate dueOn, LocalDate doneOn, boolean overdue) {}

    /** @param side YOUTH_VOICE or ANSWERER */
    record Message(String body, String by, String side, OffsetDateTime at) {

        boolean fromYouthVoice() {
            return "YOUTH_VOICE".equals(side);
        }
    }

    record YouSaidWeDidDraft(String youSaid, String weDid, String agreedBy, OffsetDateTime agreedAt,
                             OffsetDateTime publishedAt) {}

    /** @param quote which quote, from 0 */
    record QuoteWarning(int quote, String kind, String message) {}

    record Challenge(String id, int version, Theme theme, String title, List<String> quotes, String ask,
                     Answerer answerer, String raisedBy, LocalDate raisedOn, LocalDate responseDueOn, boolean overdue,
                     Status status, List<Event> history, String response, List<Action> actions,
                     List<Message> messages, List<Step> stepsForMe, YouSaidWeDidDraft youSaidWeDid,
                     List<QuoteWarning> quoteWarnings) {

        static final String FIELDS = """
                { id version theme title quotes ask answerer { id name board } raisedBy raisedOn responseDueOn overdue
                  status history { status at by } response actions { id owner description dueOn doneOn overdue }
                  messages { body by side at } stepsForMe youSaidWeDid { youSaid weDid agreedBy agreedAt publishedAt }
                  quoteWarnings { quote kind message } }""";

        boolean may(Step step) {
            return stepsForMe.contains(step);
        }
    }

    /** A challenge as the board and the inbox list it. */
    record ChallengeSummary(String id, Theme theme, String title, Answerer answerer, LocalDate raisedOn,
                            LocalDate responseDueOn, boolean overdue, Status status, List<ActionDue> actions) {

        static final String FIELDS = """
                { id theme title answerer { id name board } raisedOn responseDueOn overdue status
                  actions { overdue doneOn } }""";

        long overdueActions() {
            return actions.stream().filter(action -> action.overdue() && action.doneOn() == null).count();
        }
    }

    record ActionDue(boolean overdue, LocalDate doneOn) {}

    record Page(List<Edge> edges, PageInfo pageInfo) {

        List<ChallengeSummary> challenges() {
            return edges.stream().map(Edge::node).toList();
        }
    }

    record Edge(String cursor, ChallengeSummary node) {}

    record PageInfo(boolean hasNextPage, String endCursor) {}

    /** What is waiting for the signed-in user: "Respond to “Damp in flats” by 3 March." */
    record Task(TaskChallenge challenge, Step step, String inWords) {}

    record TaskChallenge(String id, String title) {}

    record Payload(Challenge challenge, List<QuoteWarning> warnings, List<UserError> userErrors) {

        static final String FIELDS = "{ challenge " + Challenge.FIELDS
                + " warnings { quote kind message } userErrors { field message code } }";

        /** Someone else took a step first: the messages say what happened since. */
        boolean conflict() {
            return userErrors.stream().anyMatch(error -> "CONFLICT".equals(error.code()));
        }
    }
}
