package app.onward.youngperson;

import app.onward.graphql.GlobalId;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/** The global ids of this feature's types. An id that is not one of ours is simply "not found". */
public final class Ids {

    public static final String YOUNG_PERSON = "YoungPerson";
    public static final String STAFF_MEMBER = "StaffMember";
    public static final String TEAM = "Team";

    private Ids() {
    }

    public static YoungPersonId youngPerson(String globalId) {
        return new YoungPersonId(parse(YOUNG_PERSON, globalId).orElseThrow(() -> new NoSuchElementException("No such young person")));
    }

    public static Optional<StaffMemberId> staffMember(String globalId) {
        return parse(STAFF_MEMBER, globalId).map(StaffMemberId::new);
    }

    public static String of(YoungPersonId id) {
        return GlobalId.of(YOUNG_PERSON, id.value());
    }

    private static Optional<UUID> parse(String type, String globalId) {
        return globalId == null ? Optional.empty() : GlobalId.parse(type, globalId);
    }
}
