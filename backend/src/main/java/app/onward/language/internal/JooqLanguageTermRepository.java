package app.onward.language.internal;

import app.onward.jooq.tables.records.LanguageTermRecord;
import app.onward.language.LanguageTerm;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static app.onward.jooq.Tables.LANGUAGE_TERM;

@Repository
class JooqLanguageTermRepository implements LanguageTermRepository {

    private final DSLContext dsl;

    JooqLanguageTermRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<LanguageTerm> localTerms() {
        return dsl.selectFrom(LANGUAGE_TERM).orderBy(DSL.lower(LANGUAGE_TERM.TERM)).fetch(JooqLanguageTermRepository::term);
    }

    @Override
    public boolean existsIgnoringCase(String term) {
        return dsl.fetchExists(LANGUAGE_TERM, DSL.lower(LANGUAGE_TERM.TERM).eq(term.toLowerCase(Locale.ROOT)));
    }

    @Override
    public LanguageTerm add(String term, String suggestion, String explanation, String addedBy) {
        return term(dsl.insertInto(LANGUAGE_TERM)
                .set(LANGUAGE_TERM.TERM, term)
                .set(LANGUAGE_TERM.SUGGESTION, suggestion)
                .set(LANGUAGE_TERM.EXPLANATION, explanation)
                .set(LANGUAGE_TERM.ADDED_BY, addedBy)
                .returning()
                .fetchSingle());
    }

    @Override
    public Optional<LanguageTerm> remove(UUID id) {
        return dsl.deleteFrom(LANGUAGE_TERM).where(LANGUAGE_TERM.ID.eq(id)).returning().fetchOptional()
                .map(JooqLanguageTermRepository::term);
    }

    private static LanguageTerm term(LanguageTermRecord row) {
        return new LanguageTerm(row.getId(), row.getTerm(), row.getSuggestion(), row.getExplanation(), true);
    }
}
