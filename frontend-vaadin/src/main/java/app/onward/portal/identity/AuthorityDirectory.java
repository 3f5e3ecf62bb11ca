package app.onward.portal.identity;

import app.onward.portal.graphql.PublicBackend;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The authorities using Onward, from the backend's public queries. */
@Service
public class AuthorityDirectory {

    private static final String FIELDS = "slug name signInIssuer";

    private final PublicBackend backend;

    AuthorityDirectory(PublicBackend backend) {
        this.backend = backend;
    }

    /** The active authorities, by name. */
    public List<Authority> all() {
        return backend.fetchList("{ authorities { " + FIELDS + " } }", Map.of(), "authorities", Authority.class);
    }

    public Optional<Authority> find(String slug) {
        if (!Authority.couldBeSlug(slug)) {
            return Optional.empty();
        }
        return backend.fetch("query Authority($slug: String!) { authority(slug: $slug) { " + FIELDS + " } }",
                Map.of("slug", slug), "authority", Authority.class);
    }
}
