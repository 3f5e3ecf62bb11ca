package app.onward.portal.graphql;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.FieldAccessException;
import org.springframework.graphql.client.GraphQlClientException;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

import java.util.List;

/** Turns whatever a GraphQL call threw into a {@link BackendException} with a problem people can understand. */
final class BackendErrors {

    private BackendErrors() {
    }

    static BackendException translate(RuntimeException failure) {
        return switch (failure) {
            case BackendException known -> known;
            case FieldAccessException fieldError -> fromGraphQlErrors(fieldError);
            // The user's tokens could not be used or refreshed: only signing in again helps.
            case OAuth2AuthorizationException expired ->
                    new BackendException(BackendProblem.UNAUTHENTICATED, "No usable access token", expired);
            case HttpClientErrorException clientError -> fromHttpStatus(clientError);
            case RestClientException unreachable ->
                    new BackendException(BackendProblem.UNAVAILABLE, "Backend unreachable", unreachable);
            case GraphQlClientException transport ->
                    new BackendException(BackendProblem.UNAVAILABLE, "GraphQL transport failed", transport);
            default -> new BackendException(BackendProblem.INTERNAL, "Unexpected failure calling the backend", failure);
        };
    }

    private static BackendException fromGraphQlErrors(FieldAccessException failure) {
        List<ResponseError> errors = failure.getField().getErrors().isEmpty()
                ? failure.getResponse().getErrors()
                : failure.getField().getErrors();
        BackendProblem problem = errors.stream()
                .map(error -> BackendProblem.fromCode(error.getExtensions().get("code")))
                .findFirst()
                .orElse(BackendProblem.INTERNAL);
        return new BackendException(problem,
                "GraphQL error " + problem + " at " + failure.getField().getPath(), failure);
    }

    private static BackendException fromHttpStatus(HttpClientErrorException failure) {
        BackendProblem problem = switch (HttpStatus.resolve(failure.getStatusCode().value())) {
            case UNAUTHORIZED -> BackendProblem.UNAUTHENTICATED;
            case FORBIDDEN -> BackendProblem.FORBIDDEN;
            case null, default -> BackendProblem.INTERNAL;
        };
        return new BackendException(problem, "Backend answered HTTP " + failure.getStatusCode().value(), failure);
    }
}
