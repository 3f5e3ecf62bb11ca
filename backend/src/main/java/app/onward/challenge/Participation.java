package app.onward.challenge;

import app.onward.challenge.ChallengeSteps.Side;
import app.onward.identity.OnwardRole;
import app.onward.identity.SignedInUser;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user as a challenge sees them: a Youth Voice worker speaks for young people; a leader with a leader
 * row answers the challenges put to them (or to the board they sit on).
 *
 * @param leader the user's own leader row, when they have one
 */
record Participation(SignedInUser user, Optional<Leader> leader) {

    Set<Side> sidesOn(Challenge challenge) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        if (user.has(OnwardRole.YOUTH_VOICE_WORKER)) {
            sides.add(Side.YOUTH_VOICE);
        }
        if (user.has(OnwardRole.LEADER) && leader.filter(own -> own.answers(challenge.answerer())).isPresent()) {
            sides.add(Side.ANSWERER);
        }
        return sides;
    }

    /** The name steps and messages are signed with: the token's, as the user is known in their realm. */
    String name() {
        return user.name() == null || user.name().isBlank() ? user.username() : user.name();
    }

    String subject() {
        return user.subject();
    }
}
