package app.onward.language;

import java.util.UUID;

/**
 * A term the language check looks for. {@code local} terms are the authority's own (it may remove them);
 * the others are the national starting list, whose ids are derived from the term so they stay the same.
 */
public record LanguageTerm(UUID id, String term, String suggestion, String explanation, boolean local) {
}
