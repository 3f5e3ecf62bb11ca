package app.onward.language;

import app.onward.language.internal.LanguageTermRepository;
import app.onward.language.internal.NationalTerms;
import app.onward.language.internal.TermMatcher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.stream.Stream;

/**
 * Language that cares: flags words young people find stigmatising, with the words they prefer. Advice only;
 * nothing calling this may refuse a save because of a flag.
 *
 * <p>The authority's list is read once per transaction and compiled with the national list (itself read once
 * per process), so checking every field of a plan costs one statement. Not cached across transactions: an
 * authority's edit to its list applies to the very next check, on every instance, with no Redis involved.
 */
@Component
public class LanguageChecker {

    /** The transaction resource the compiled list is bound to. */
    private static final Object COMPILED_TERMS = new Object();

    private final LanguageTermRepository localTerms;

    LanguageChecker(LanguageTermRepository localTerms) {
        this.localTerms = localTerms;
    }

    /** The flags in {@code text}, in order of where they appear, with character offsets. */
    @Transactional(readOnly = true)
    public List<LanguageFlag> check(String text) {
        return matcher().check(text);
    }

    /** The national list and the authority's own, the authority's last. */
    @Transactional(readOnly = true)
    public List<LanguageTerm> terms() {
        return Stream.concat(NationalTerms.ALL.stream(), localTerms.localTerms().stream()).toList();
    }

    /** The authority changed its list in this transaction: the next check reads it again. */
    void forget() {
        TransactionSynchronizationManager.unbindResourceIfPossible(COMPILED_TERMS);
    }

    private TermMatcher matcher() {
        TermMatcher cached = (TermMatcher) TransactionSynchronizationManager.getResource(COMPILED_TERMS);
        if (cached != null) {
            return cached;
        }
        TermMatcher matcher = TermMatcher.of(terms());
        TransactionSynchronizationManager.bindResource(COMPILED_TERMS, matcher);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(COMPILED_TERMS);
            }
        });
        return matcher;
    }
}
