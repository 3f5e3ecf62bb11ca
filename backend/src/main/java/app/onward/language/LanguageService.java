package app.onward.language;

import app.onward.audit.AuditLog;
import app.onward.identity.CurrentUser;
import app.onward.identity.OnwardRole;
import app.onward.identity.SignedInUser;
import app.onward.language.internal.LanguageTermRepository;
import app.onward.language.internal.NationalTerms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The authority's own additions to the list: tenant admins add and remove them. */
@Service
public class LanguageService {

    static final int TERM_MAX = 100;
    static final int SUGGESTION_MAX = 200;
    static final int EXPLANATION_MAX = 500;

    private final LanguageTermRepository localTerms;
    private final LanguageChecker checker;
    private final AuditLog audit;

    LanguageService(LanguageTermRepository localTerms, LanguageChecker checker, AuditLog audit) {
        this.localTerms = localTerms;
        this.checker = checker;
        this.audit = audit;
    }

    /** The contract's LanguageTermPayload. */
    public record Outcome(LanguageTerm term, List<LanguageError> userErrors) {}

    public record LanguageError(String field, String message, String code) {}

    @Transactional
    public Outcome add(String term, String suggestion, String explanation) {
        SignedInUser admin = requireTenantAdmin();
        String cleanTerm = term == null ? "" : term.strip();
        String cleanSuggestion = suggestion == null ? "" : suggestion.strip();
        String cleanExplanation = explanation == null ? "" : explanation.strip();
        List<LanguageError> errors = new ArrayList<>();
        required(errors, "term", cleanTerm, TERM_MAX);
        required(errors, "suggestion", cleanSuggestion, SUGGESTION_MAX);
        if (cleanExplanation.length() > EXPLANATION_MAX) {
            errors.add(new LanguageError("explanation", "Keep the explanation to " + EXPLANATION_MAX + " characters", "TOO_LONG"));
        }
        if (errors.isEmpty() && localTerms.existsIgnoringCase(cleanTerm)) {
            errors.add(new LanguageError("term", "Your authority's list already has this term", "DUPLICATE"));
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        LanguageTerm added = localTerms.add(cleanTerm, cleanSuggestion, cleanExplanation, admin.subject());
        audit.record("language-term.added", "LanguageTerm", added.id(), null, added);
        checker.forget();
        return new Outcome(added, List.of());
    }

    @Transactional
    public Outcome remove(UUID id) {
        requireTenantAdmin();
        if (NationalTerms.ALL.stream().anyMatch(term -> term.id().equals(id))) {
            return new Outcome(null, List.of(new LanguageError("id",
                    "This term is on the national list; only your authority's own terms can be removed", "NOT_ALLOWED")));
        }
        return localTerms.remove(id).map(removed -> {
            audit.record("language-term.removed", "LanguageTerm", removed.id(), removed, Map.of());
            checker.forget();
            return new Outcome(removed, List.<LanguageError>of());
        }).orElseGet(() -> new Outcome(null, List.of(new LanguageError("id", "There is no such term", "NOT_FOUND"))));
    }

    private static void required(List<LanguageError> errors, String field, String value, int max) {
        if (value.isEmpty()) {
            errors.add(new LanguageError(field, "Enter the " + field, "REQUIRED"));
        } else if (value.length() > max) {
            errors.add(new LanguageError(field, "Keep the " + field + " to " + max + " characters", "TOO_LONG"));
        }
    }

    private static SignedInUser requireTenantAdmin() {
        return CurrentUser.requireInAuthority("Only a tenant admin may change the authority's language list", OnwardRole.TENANT_ADMIN);
    }
}
