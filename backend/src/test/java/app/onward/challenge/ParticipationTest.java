package app.onward.challenge;

import app.onward.challenge.ChallengeSteps.Side;
import app.onward.identity.OnwardRole;
import app.onward.identity.SignedInUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which side of a challenge each role is on: a Youth Voice worker speaks for young people; a leader answers what was
 * put to them by name, or to the board when they sit on it; nobody else takes part.
 */
class ParticipationTest {

    private static final UUID MARGARET = UUID.randomUUID();
    private static final UUID DAVID = UUID.randomUUID();
    private static final Leader ON_BOARD = new Leader(MARGARET, "subject-1", "Margaret O'Connell", "Director", true);
    private static final Leader NOT_ON_BOARD = new Leader(DAVID, "subject-2", "David Okafor", "Head of Housing", false);
    private static final Answerer PUT_TO_MARGARET = ON_BOARD.asAnswerer();
    private static final Answerer PUT_TO_DAVID = NOT_ON_BOARD.asAnswerer();

    static Stream<Arguments> cases() {
        Set<Side> none = EnumSet.noneOf(Side.class);
        Set<Side> youthVoice = EnumSet.of(Side.YOUTH_VOICE);
        Set<Side> answerer = EnumSet.of(Side.ANSWERER);
        return Stream.of(
                Arguments.of(OnwardRole.YOUTH_VOICE_WORKER, null, PUT_TO_MARGARET, youthVoice),
                Arguments.of(OnwardRole.YOUTH_VOICE_WORKER, null, Answerer.BOARD, youthVoice),
                Arguments.of(OnwardRole.LEADER, ON_BOARD, PUT_TO_MARGARET, answerer),
                Arguments.of(OnwardRole.LEADER, ON_BOARD, Answerer.BOARD, answerer),
                Arguments.of(OnwardRole.LEADER, ON_BOARD, PUT_TO_DAVID, none),
                Arguments.of(OnwardRole.LEADER, NOT_ON_BOARD, PUT_TO_DAVID, answerer),
                Arguments.of(OnwardRole.LEADER, NOT_ON_BOARD, Answerer.BOARD, none),
                Arguments.of(OnwardRole.LEADER, NOT_ON_BOARD, PUT_TO_MARGARET, none),
                Arguments.of(OnwardRole.LEADER, null, PUT_TO_MARGARET, none),
                Arguments.of(OnwardRole.LEADER, null, Answerer.BOARD, none),
                // A leader row is not enough without the role in the token.
                Arguments.of(OnwardRole.PERSONAL_ADVISER, ON_BOARD, PUT_TO_MARGARET, none),
                Arguments.of(OnwardRole.PERSONAL_ADVISER, null, Answerer.BOARD, none),
                Arguments.of(OnwardRole.TEAM_MANAGER, null, Answerer.BOARD, none),
                Arguments.of(OnwardRole.TENANT_ADMIN, null, PUT_TO_MARGARET, none),
                Arguments.of(OnwardRole.CARE_LEAVER, null, Answerer.BOARD, none));
    }

    @ParameterizedTest(name = "{0} with leader row {1}, put to {2} → {3}")
    @MethodSource("cases")
    void shouldPutEachRoleOnTheSideItTakes(OnwardRole role, Leader leader, Answerer answerer, Set<Side> sides) {
        SignedInUser user = new SignedInUser("subject", "someone", "Some One", null, Set.of(role), Optional.empty());
        Challenge challenge = new Challenge(UUID.randomUUID(), 1, ChallengeTheme.OTHER, "Title", List.of("Quote"), "Ask",
                answerer, "Aisha Rahman", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30), ChallengeStatus.SUBMITTED, null);

        assertThat(new Participation(user, Optional.ofNullable(leader)).sidesOn(challenge)).isEqualTo(sides);
    }
}
