package app.onward.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a code to the errors graphql-java raises before any of our code runs (a malformed or invalid query,
 * one too deep or too costly), so that every error a client sees carries one. Errors from our own data
 * fetchers already have theirs ({@link ErrorCodes}).
 */
@Component
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            return errors.stream().allMatch(ErrorCodeInterceptor::hasCode)
                    ? response
                    : response.transform(builder -> builder.errors(errors.stream()
                            .map(error -> hasCode(error) ? error : withCode(error)).toList()));
        });
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey("code");
    }

    private static GraphQLError withCode(GraphQLError error) {
        String classification = String.valueOf(error.getErrorType());
        String code = switch (classification) {
            case "ValidationError", "InvalidSyntax" -> "INVALID_QUERY";
            case "ExecutionAborted" -> "QUERY_TOO_COMPLEX";
            default -> "INTERNAL";
        };
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put("code", code);
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations() == null ? List.of() : error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }
}
