package app.onward.portal.graphql;

import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one GraphQL query against the backend and decodes one field of its answer. Every failure leaves as a
 * {@link BackendException}, so callers handle one kind of problem and no stack trace reaches a person.
 */
public abstract class BackendClient {

    private final GraphQlClient graphQl;

    protected BackendClient(RestClient restClient) {
        this.graphQl = HttpSyncGraphQlClient.create(restClient);
    }

    /** The field's value, or empty when the backend answered {@code null} without an error. */
    public <T> Optional<T> fetch(String document, Map<String, Object> variables, String field, Class<T> type) {
        try {
            return Optional.ofNullable(graphQl.document(document).variables(variables).retrieveSync(field).toEntity(type));
        } catch (RuntimeException failure) {
            throw BackendErrors.translate(failure);
        }
    }

    public <T> List<T> fetchList(String document, Map<String, Object> variables, String field, Class<T> type) {
        try {
            return graphQl.document(document).variables(variables).retrieveSync(field).toEntityList(type);
        } catch (RuntimeException failure) {
            throw BackendErrors.translate(failure);
        }
    }
}
