package app.onward.challenge;

import app.onward.challenge.ChallengeInputs.AddChallengeMessageInput;
import app.onward.challenge.ChallengeInputs.ChallengeStepInput;
import app.onward.challenge.ChallengeInputs.CompleteChallengeActionInput;
import app.onward.challenge.ChallengeInputs.DraftYouSaidWeDidInput;
import app.onward.challenge.ChallengeInputs.RespondToChallengeInput;
import app.onward.challenge.ChallengeInputs.SendChallengeBackInput;
import app.onward.challenge.ChallengeInputs.SubmitChallengeInput;
import app.onward.challenge.internal.ChallengeRepository;
import app.onward.clock.Today;
import app.onward.graphql.GlobalId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Controller
class ChallengeController {

    private final ChallengeService reads;
    private final ChallengeLifecycle lifecycle;
    private final Today today;

    ChallengeController(ChallengeService reads, ChallengeLifecycle lifecycle, Today today) {
        this.reads = reads;
        this.lifecycle = lifecycle;
        this.today = today;
    }

    record ChallengeConnection(List<ChallengeEdge> edges, PageInfo pageInfo) {}

    record ChallengeEdge(String cursor, Challenge node) {}

    record PageInfo(boolean hasNextPage, String endCursor) {}

    // Queries.

    @QueryMapping
    ChallengeConnection challenges(@Argument ChallengeStatus status, @Argument Integer first, @Argument String after) {
        ChallengeService.Page page = reads.challenges(status, first == null ? 50 : first, after == null ? null : decode(after));
        List<ChallengeEdge> edges = page.rows().stream().map(row -> new ChallengeEdge(encode(row.cursor()), row.challenge())).toList();
        return new ChallengeConnection(edges, new PageInfo(page.hasNextPage(), edges.isEmpty() ? null : edges.getLast().cursor()));
    }

    @QueryMapping
    Challenge challenge(@Argument String id) {
        return GlobalId.parse(ChallengeId.CHALLENGE, id).flatMap(reads::challenge).orElse(null);
    }

    @QueryMapping
    List<Challenge> myChallengeInbox() {
        return reads.inbox();
    }

    @QueryMapping
    List<ChallengeTask> challengesWaitingForMe() {
        return reads.waitingForMe();
    }

    @QueryMapping
    List<Answerer> challengeAnswerers() {
        return reads.answerers();
    }

    @QueryMapping
    List<QuoteWarning> checkChallengeQuotes(@Argument List<String> quotes) {
        return reads.checkQuotes(quotes);
    }

    @QueryMapping
    List<YouSaidWeDid> youSaidWeDid(@Argument String authority) {
        return reads.published(authority);
    }

    // Mutations.

    @MutationMapping
    ChallengePayload submitChallenge(@Argument SubmitChallengeInput input) {
        return lifecycle.submit(input);
    }

    @MutationMapping
    ChallengePayload acknowledgeChallenge(@Argument ChallengeStepInput input) {
        return lifecycle.acknowledge(input);
    }

    @MutationMapping
    ChallengePayload respondToChallenge(@Argument RespondToChallengeInput input) {
        return lifecycle.respond(input);
    }

    @MutationMapping
    ChallengePayload agreeChallengeActions(@Argument ChallengeStepInput input) {
        return lifecycle.agreeActions(input);
    }

    @MutationMapping
    ChallengePayload sendChallengeBack(@Argument SendChallengeBackInput input) {
        return lifecycle.sendBack(input);
    }

    @MutationMapping
    ChallengePayload completeChallengeAction(@Argument CompleteChallengeActionInput input) {
        return lifecycle.completeAction(input);
    }

    @MutationMapping
    ChallengePayload markChallengeActionsDone(@Argument ChallengeStepInput input) {
        return lifecycle.markActionsDone(input);
    }

    @MutationMapping
    ChallengePayload closeChallenge(@Argument ChallengeStepInput input) {
        return lifecycle.close(input);
    }

    @MutationMapping
    ChallengePayload addChallengeMessage(@Argument AddChallengeMessageInput input) {
        return lifecycle.addMessage(input);
    }

    @MutationMapping
    ChallengePayload draftYouSaidWeDid(@Argument DraftYouSaidWeDidInput input) {
        return lifecycle.draftYouSaidWeDid(input);
    }

    @MutationMapping
    ChallengePayload agreeYouSaidWeDid(@Argument ChallengeStepInput input) {
        return lifecycle.agreeYouSaidWeDid(input);
    }

    @MutationMapping
    ChallengePayload publishYouSaidWeDid(@Argument ChallengeStepInput input) {
        return lifecycle.publishYouSaidWeDid(input);
    }

    @MutationMapping
    ChallengePayload withdrawYouSaidWeDid(@Argument ChallengeStepInput input) {
        return lifecycle.withdrawYouSaidWeDid(input);
    }

    // Fields.

    @SchemaMapping(typeName = "Challenge")
    String id(Challenge challenge) {
        return ChallengeId.of(challenge.id());
    }

    @SchemaMapping(typeName = "Challenge")
    boolean overdue(Challenge challenge) {
        return challenge.overdueOn(today.date());
    }

    @SchemaMapping(typeName = "ChallengeAnswerer")
    String id(Answerer answerer) {
        return answerer.board() ? ChallengeId.BOARD : GlobalId.of(ChallengeId.LEADER, answerer.leaderId());
    }

    @SchemaMapping(typeName = "ChallengeAction")
    String id(ChallengeAction action) {
        return GlobalId.of(ChallengeId.ACTION, action.id());
    }

    @SchemaMapping(typeName = "ChallengeAction")
    boolean overdue(ChallengeAction action) {
        return action.overdueOn(today.date());
    }

    @SchemaMapping(typeName = "YouSaidWeDid")
    String id(YouSaidWeDid published) {
        return GlobalId.of(ChallengeId.PUBLISHED, published.challengeId());
    }

    /** One statement for every challenge on the page. */
    @BatchMapping(typeName = "Challenge")
    Map<Challenge, List<ChallengeEvent>> history(List<Challenge> many) {
        return byChallenge(many, reads.history(ids(many)), List.of());
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, List<ChallengeAction>> actions(List<Challenge> many) {
        return byChallenge(many, reads.actions(ids(many)), List.of());
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, List<ChallengeMessage>> messages(List<Challenge> many) {
        return byChallenge(many, reads.messages(ids(many)), List.of());
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, YouSaidWeDidDraft> youSaidWeDid(List<Challenge> many) {
        Map<UUID, YouSaidWeDidDraft> wordings = reads.wordings(ids(many));
        return many.stream().distinct().filter(challenge -> wordings.containsKey(challenge.id()))
                .collect(Collectors.toMap(Function.identity(), challenge -> wordings.get(challenge.id())));
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, List<ChallengeStep>> stepsForMe(List<Challenge> many) {
        return reads.stepsForMe(many);
    }

    @BatchMapping(typeName = "Challenge")
    Map<Challenge, List<QuoteWarning>> quoteWarnings(List<Challenge> many) {
        return reads.quoteWarnings(many);
    }

    private static List<UUID> ids(List<Challenge> many) {
        return many.stream().map(Challenge::id).distinct().toList();
    }

    private static <T> Map<Challenge, T> byChallenge(List<Challenge> many, Map<UUID, T> values, T none) {
        return many.stream().distinct().collect(Collectors.toMap(Function.identity(),
                challenge -> values.getOrDefault(challenge.id(), none)));
    }

    static String encode(ChallengeRepository.Cursor cursor) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((cursor.createdAt() + "|" + cursor.id()).getBytes(StandardCharsets.UTF_8));
    }

    static ChallengeRepository.Cursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new ChallengeRepository.Cursor(OffsetDateTime.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new NoSuchElementException("No such cursor");
        }
    }
}
