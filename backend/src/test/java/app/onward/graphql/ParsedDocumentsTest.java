package app.onward.graphql;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedDocumentsTest {

    private final AtomicInteger parsed = new AtomicInteger();

    private final Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate = input -> {
        parsed.incrementAndGet();
        return input.getQuery().contains("broken")
                ? new PreparsedDocumentEntry(List.of(GraphqlErrorBuilder.newError().message("Invalid").build()))
                : new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    private PreparsedDocumentEntry ask(ParsedDocuments documents, String query, Object first) {
        return documents.getDocumentAsync(ExecutionInput.newExecutionInput(query)
                .variables(java.util.Map.of("first", first)).build(), parseAndValidate).join();
    }

    @Test
    void theSameTextIsParsedOnceWhateverItsVariables() {
        ParsedDocuments documents = new ParsedDocuments(10);

        PreparsedDocumentEntry one = ask(documents, "{ me { id } }", 5);
        PreparsedDocumentEntry two = ask(documents, "{ me { id } }", 50);

        assertThat(parsed).hasValue(1);
        assertThat(two).isSameAs(one);
        assertThat(two.getDocument()).isNotNull();
    }

    @Test
    void aDocumentWithErrorsIsNotKeptSoEveryAskingIsToldAgain() {
        ParsedDocuments documents = new ParsedDocuments(10);

        assertThat(ask(documents, "{ broken }", 1).hasErrors()).isTrue();
        assertThat(ask(documents, "{ broken }", 1).hasErrors()).isTrue();

        assertThat(parsed).hasValue(2);
        assertThat(documents.size()).isZero();
    }

    @Test
    void beyondItsCapacityTheLeastRecentlyUsedGoes() {
        ParsedDocuments documents = new ParsedDocuments(2);
        ask(documents, "{ a }", 1);
        ask(documents, "{ b }", 1);
        ask(documents, "{ a }", 1);
        ask(documents, "{ c }", 1);
        assertThat(parsed).hasValue(3);

        ask(documents, "{ a }", 1);
        assertThat(parsed).as("a was used recently, so it stayed").hasValue(3);
        ask(documents, "{ b }", 1);
        assertThat(parsed).as("b was the least recently used, so it went").hasValue(4);
        assertThat(documents.size()).isEqualTo(2);
    }
}
