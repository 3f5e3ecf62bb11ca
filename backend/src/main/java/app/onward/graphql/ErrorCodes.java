package app.onward.graphql;

import app.onward.identity.NotSignedInException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Every error a client sees carries a code ({@code UNAUTHENTICATED}, {@code FORBIDDEN}, {@code NOT_FOUND},
 * {@code INVALID_INPUT} for a query's input, {@code INTERNAL}) and a plain message, never a stack trace or an internal detail. An unexpected failure is
 * logged with a reference the client is given, so support can find it. Input problems are not errors: they
 * come back as {@code userErrors} on a mutation's payload.
 */
@Component
class ErrorCodes extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ErrorCodes.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
        return switch (exception) {
            case NotSignedInException e -> error(environment, ErrorType.UNAUTHORIZED, "UNAUTHENTICATED", e.getMessage());
            case AccessDeniedException e -> error(environment, ErrorType.FORBIDDEN, "FORBIDDEN", "You may not do this");
            case NoSuchElementException e -> error(environment, ErrorType.NOT_FOUND, "NOT_FOUND", "Not found");
            case InvalidInputException e -> GraphqlErrorBuilder.newError(environment)
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(e.getMessage())
                    .extensions(Map.of("code", "INVALID_INPUT", "field", e.field()))
                    .build();
            default -> {
                String reference = UUID.randomUUID().toString();
                log.error("Unexpected failure in {} (reference {})", environment.getField().getName(), reference, exception);
                yield error(environment, ErrorType.INTERNAL_ERROR, "INTERNAL",
                        "Something went wrong on our side. Reference: " + reference);
            }
        };
    }

    private static GraphQLError error(DataFetchingEnvironment environment, ErrorType type, String code, String message) {
        return GraphqlErrorBuilder.newError(environment)
                .errorType(type)
                .message(message)
                .extensions(Map.of("code", code))
                .build();
    }
}
