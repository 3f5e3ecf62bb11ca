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
}
