package app.onward.portal.offer;

import app.onward.portal.graphql.PublicBackend;
import app.onward.portal.identity.Authority;
import app.onward.portal.identity.AuthorityDirectory;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The backend's public entitlement checker. The answers go to the backend as variables in the request body,
 * for one answer, and are kept nowhere: not here, not in a log line.
 */
@Service
class EntitlementChecks {

    private static final String QUESTIONS = """
            query CheckerQuestions($authority: String!) {
              checkerQuestions(authority: $authority) { page question hint options { circumstance label } }
            }""";

    private static final String CHECK = """
            query EntitlementCheck($authority: String!, $answers: CheckerAnswers!) {
              entitlementCheck(authority: $authority, answers: $answers) {
                offerVersion checkedOn
                applies { ...Checked }
                mayApply { ...Checked }
                doesNotApply { ...Checked }
              }
            }
            fragment Checked on CheckedEntitlement {
              entitlement { id key title summary whatYouGet { description amountInWords cap } }
              reasons toCheck from until
            }""";

    private final AuthorityDirectory authorities;
    private final PublicBackend backend;

    EntitlementChecks(AuthorityDirectory authorities, PublicBackend backend) {
        this.authorities = authorities;
        this.backend = backend;
    }

    /** Empty when there is no such authority, or its published offer has nothing to ask about. */
    Optional<Checker> checker(String slug) {
        Optional<Authority> authority = authorities.find(slug);
        if (authority.isEmpty()) {
            return Optional.empty();
        }
        List<CheckerQuestion> questions = backend.fetchList(QUESTIONS, Map.of("authority", slug), "checkerQuestions",
                CheckerQuestion.class);
        return questions.isEmpty() ? Optional.empty() : Optional.of(new Checker(authority.get(), questions));
    }

    /** Empty when the authority has no published offer (any more). */
    Optional<EntitlementCheck> check(Checker checker, CheckerAnswers answers) {
        return backend.fetch(CHECK, Map.of("authority", checker.authority().slug(),
                "answers", answers.forBackend(checker.questions())), "entitlementCheck", EntitlementCheck.class);
    }
}
