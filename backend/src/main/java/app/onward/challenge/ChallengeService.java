package app.onward.challenge;

import app.onward.challenge.ChallengeSteps.Situation;
import app.onward.challenge.ChallengeSteps.Wording;
import app.onward.challenge.internal.ChallengeRepository;
import app.onward.clock.Today;
import app.onward.identity.CurrentUser;
import app.onward.identity.OnwardRole;
import app.onward.identity.SignedInUser;
import app.onward.tenant.PublicReads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reading challenges: Youth Voice workers and leaders of the authority see all of its challenges; each sees the
 * steps they may take ({@link ChallengeSteps}). The public reads only published "you said, we did", through
 * {@link PublicReads}. The steps themselves: {@link ChallengeLifecycle}.
 */
@Service
public class ChallengeService {

    /** A page of challenges asks for at most this many. */
    public static final int MAX_PAGE = 100;
    static final String MAY_READ = "Only Youth Voice workers and leaders can see challenges";
    /** The steps that ask someone to act now (the others, like sending back or withdrawing, are choices). */
    private static final Set<ChallengeStep> ASKED_OF_YOU = EnumSet.of(ChallengeStep.ACKNOWLEDGE, ChallengeStep.RESPOND,
            ChallengeStep.AGREE_ACTIONS, ChallengeStep.MARK_ACTIONS_DONE, ChallengeStep.CLOSE,
            ChallengeStep.AGREE_YOU_SAID_WE_DID, ChallengeStep.PUBLISH_YOU_SAID_WE_DID);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    private final ChallengeRepository challenges;
    private final PublicReads publicReads;
    private final Today today;

    ChallengeService(ChallengeRepository challenges, PublicReads publicReads, Today today) {
        this.challenges = challenges;
        this.publicReads = publicReads;
        this.today = today;
    }

    public record Page(List<ChallengeRepository.Row> rows, boolean hasNextPage) {
    }

    @Transactional(readOnly = true)
    public Page challenges(ChallengeStatus status, int first, ChallengeRepository.Cursor after) {
        CurrentUser.requireInAuthority(MAY_READ, OnwardRole.YOUTH_VOICE_WORKER, OnwardRole.LEADER);
        int size = Math.clamp(first, 1, MAX_PAGE);
        List<ChallengeRepository.Row> rows = challenges.page(status, after, size);
        boolean more = rows.size() > size;
        return new Page(more ? rows.subList(0, size) : rows, more);
    }

    /** Empty when there is none, or it is not the caller's to see. */
    @Transactional(readOnly = true)
    public Optional<Challenge> challenge(UUID id) {
        return mayRead(CurrentUser.require()) ? challenges.find(id) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public List<Challenge> inbox() {
        SignedInUser user = CurrentUser.requireInAuthority("Only leaders have a challenge inbox", OnwardRole.LEADER);
        return challenges.leaderSignedInAs(user.subject()).map(challenges::inbox).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<ChallengeTask> waitingForMe() {
        SignedInUser user = CurrentUser.require();
        if (!mayRead(user)) {
            return List.of();
        }
        List<Challenge> moving = challenges.stillMoving();
        Map<Challenge, List<ChallengeStep>> steps = stepsForMe(moving);
        return moving.stream().flatMap(challenge -> steps.get(challenge).stream().filter(ASKED_OF_YOU::contains)
                        .map(step -> new ChallengeTask(challenge, step, inWords(challenge, step))))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Answerer> answerers() {
        CurrentUser.requireInAuthority(MAY_READ, OnwardRole.YOUTH_VOICE_WORKER, OnwardRole.LEADER);
        return Stream.concat(challenges.leaders().stream().map(Leader::asAnswerer), Stream.of(Answerer.BOARD)).toList();
    }

    @Transactional(readOnly = true)
    public List<QuoteWarning> checkQuotes(List<String> quotes) {
        CurrentUser.requireInAuthority("Only Youth Voice workers submit challenges", OnwardRole.YOUTH_VOICE_WORKER);
        return QuoteWarnings.check(quotes, challenges.knownNames());
    }

    /** For anyone, signed in or not: the authority's published wording, newest first; empty for an unknown slug. */
    public List<YouSaidWeDid> published(String authority) {
        return publicReads.read(authority, tenant -> Optional.of(challenges.published())).orElse(List.of());
    }

    // Nested fields, many challenges at a time (each was authorised when its parent was read).

    @Transactional(readOnly = true)
    public Map<UUID, List<ChallengeEvent>> history(Collection<UUID> ids) {
        Set<String> statusSteps = Stream.concat(Stream.of(ChallengeRepository.SUBMIT),
                Stream.of(ChallengeStep.values()).filter(ChallengeSteps::movesStatus).map(Enum::name)).collect(Collectors.toSet());
        return challenges.history(ids, statusSteps);
    }

    @Transactional(readOnly = true)
    public Map<UUID, List<ChallengeAction>> actions(Collection<UUID> ids) {
        return challenges.actions(ids);
    }

    @Transactional(readOnly = true)
    public Map<UUID, List<ChallengeMessage>> messages(Collection<UUID> ids) {
        return challenges.messages(ids);
    }

    @Transactional(readOnly = true)
    public Map<UUID, YouSaidWeDidDraft> wordings(Collection<UUID> ids) {
        return challenges.wordings(ids);
    }

    @Transactional(readOnly = true)
    public Map<Challenge, List<QuoteWarning>> quoteWarnings(Collection<Challenge> many) {
        QuoteWarnings.KnownNames names = challenges.knownNames();
        return many.stream().distinct().collect(Collectors.toMap(Function.identity(),
                challenge -> QuoteWarnings.check(challenge.quotes(), names)));
    }

    /** What the signed-in user may do now on each challenge: three statements, whatever the number. */
    @Transactional(readOnly = true)
    public Map<Challenge, List<ChallengeStep>> stepsForMe(Collection<Challenge> many) {
        Participation me = participation();
        List<UUID> ids = many.stream().map(Challenge::id).distinct().toList();
        Map<UUID, List<ChallengeAction>> actions = challenges.actions(ids);
        Map<UUID, YouSaidWeDidDraft> wordings = challenges.wordings(ids);
        return many.stream().distinct().collect(Collectors.toMap(Function.identity(), challenge -> ChallengeSteps.stepsFor(
                situation(challenge, actions.getOrDefault(challenge.id(), List.of()), wordings.get(challenge.id())),
                me.sidesOn(challenge))));
    }

    Participation participation() {
        SignedInUser user = CurrentUser.require();
        return new Participation(user, user.has(OnwardRole.LEADER) ? challenges.leaderSignedInAs(user.subject()) : Optional.empty());
    }

    static Situation situation(Challenge challenge, List<ChallengeAction> actions, YouSaidWeDidDraft wording) {
        Wording where = wording == null ? Wording.NONE
                : wording.published() ? Wording.PUBLISHED : wording.agreed() ? Wording.AGREED : Wording.DRAFTED;
        return new Situation(challenge.status(), where, actions.stream().allMatch(ChallengeAction::done));
    }

    private static boolean mayRead(SignedInUser user) {
        return user.tenant().isPresent() && (user.has(OnwardRole.YOUTH_VOICE_WORKER) || user.has(OnwardRole.LEADER));
    }

    private String inWords(Challenge challenge, ChallengeStep step) {
        String title = "“" + challenge.title() + "”";
        String due = challenge.responseDueOn().format(DAY);
        boolean late = challenge.overdueOn(today.date());
        return switch (step) {
            case ACKNOWLEDGE -> "Acknowledge " + title + ": the response is due by " + due + (late ? " (overdue)." : ".");
            case RESPOND -> "Respond to " + title + " by " + due + (late ? " (overdue)." : ".");
            case AGREE_ACTIONS -> "Read the response to " + title + ", then agree its actions or send it back.";
            case MARK_ACTIONS_DONE -> "Every action of " + title + " is done: mark the actions done.";
            case CLOSE -> "The actions of " + title + " are done: close it.";
            case AGREE_YOU_SAID_WE_DID -> "Agree the 'you said, we did' wording for " + title + ".";
            case PUBLISH_YOU_SAID_WE_DID -> "Publish the agreed 'you said, we did' for " + title + ".";
            default -> ChallengeSteps.words(step) + ": " + title + ".";
        };
    }
}
