package app.onward.portal.challenge;

import app.onward.portal.challenge.ChallengeTerms.Theme;
import app.onward.portal.graphql.PublicBackend;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An authority's published "you said, we did", from the backend's public {@code youSaidWeDid} query. */
@Service
class PublishedAnswers {

    private static final String PUBLISHED = """
            query Published($authority: String!) {
              youSaidWeDid(authority: $authority) { id theme title youSaid weDid answeredBy publishedOn }
            }""";

    private final PublicBackend backend;

    PublishedAnswers(PublicBackend backend) {
        this.backend = backend;
    }

    /** Newest first; empty when nothing is published yet. */
    List<Answer> of(String slug) {
        return backend.fetchList(PUBLISHED, Map.of("authority", slug), "youSaidWeDid", Answer.class);
    }

    /** One published answer: nothing personal, its wording was agreed for the public. */
    record Answer(String id, Theme theme, String title, String youSaid, String weDid, String answeredBy,
                  LocalDate publishedOn) {}
}
