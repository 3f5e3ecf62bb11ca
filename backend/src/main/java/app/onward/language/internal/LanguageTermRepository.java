package app.onward.language.internal;

import app.onward.language.LanguageTerm;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The authority's own terms (row-level security scopes every statement to the transaction's tenant). */
public interface LanguageTermRepository {

    List<LanguageTerm> localTerms();

    boolean existsIgnoringCase(String term);

    LanguageTerm add(String term, String suggestion, String explanation, String addedBy);

    Optional<LanguageTerm> remove(UUID id);
}
