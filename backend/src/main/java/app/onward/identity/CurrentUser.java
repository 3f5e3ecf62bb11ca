package app.onward.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The signed-in user of the current request, for services deciding what they may do. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof OnwardAuthentication onward ? Optional.of(onward.user()) : Optional.empty();
    }

    public static SignedInUser require() {
        return find().orElseThrow(NotSignedInException::new);
    }

    /**
     * The signed-in member of an authority holding one of these roles; anyone else is refused with
     * {@code refusal} (a platform operator belongs to no authority, so is refused too).
     */
    public static SignedInUser requireInAuthority(String refusal, OnwardRole... anyOf) {
        SignedInUser user = require();
        if (user.tenant().isEmpty() || java.util.Arrays.stream(anyOf).noneMatch(user::has)) {
            throw new org.springframework.security.access.AccessDeniedException(refusal);
        }
        return user;
    }
}
