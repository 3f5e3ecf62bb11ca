package app.onward.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated documents, kept by their text: the portal and other clients send the same few queries
 * again and again, and parsing and validating a caseload query cost more than reading its rows.
 *
 * <p>A document's validity depends only on its text and the schema (never on variables, the caller or the
 * tenant), so nothing a user may see is kept here. Documents that failed to parse or validate are not kept.
 * The least recently used go first once there are {@code capacity}, so a stream of distinct queries cannot
 * grow the memory.
 */
final class ParsedDocuments implements PreparsedDocumentProvider {

    private final Map<String, PreparsedDocumentEntry> documents;

    ParsedDocuments(int capacity) {
        this.documents = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String text = input.getQuery();
        PreparsedDocumentEntry known;
        synchronized (documents) {
            known = documents.get(text);
        }
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        PreparsedDocumentEntry parsed = parseAndValidate.apply(input);
        if (!parsed.hasErrors()) {
            synchronized (documents) {
                documents.put(text, parsed);
            }
        }
        return CompletableFuture.completedFuture(parsed);
    }

    int size() {
        synchronized (documents) {
            return documents.size();
        }
    }
}
