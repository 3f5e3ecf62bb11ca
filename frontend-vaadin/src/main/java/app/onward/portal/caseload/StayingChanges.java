package app.onward.portal.caseload;

import app.onward.portal.caseload.Arrangements.Kind;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.graphql.BackendProblem;
import app.onward.portal.graphql.SignedInBackend;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Starting, changing, reviewing and ending a staying-put or staying-close arrangement through the backend
 * (stayingput.graphqls), as the signed-in member of staff. Each answers with the record as it now is.
 */
@Component
public class StayingChanges {

    private static final String CHANGE = """
            mutation Change($input: %s!) { %s(input: $input) { arrangement { id } youngPerson %s %s } }
            """;

    private final SignedInBackend backend;

    StayingChanges(SignedInBackend backend) {
        this.backend = backend;
    }

    public record Payload(Saved arrangement, YoungPersonRecord youngPerson, List<UserError> userErrors) {}

    public record Saved(String id) {}

    Payload start(Kind kind, Map<String, Object> input) {
        return change("Start" + kind.inMutations + "Input", "start" + kind.inMutations, input);
    }

    Payload update(Kind kind, Map<String, Object> input) {
        return change("Update" + kind.inMutations + "Input", "update" + kind.inMutations, input);
    }

    Payload review(Kind kind, Map<String, Object> input) {
        return change("RecordArrangementReviewInput", "record" + kind.inMutations + "Review", input);
    }

    Payload end(Kind kind, Map<String, Object> input) {
        return change("EndArrangementInput", "end" + kind.inMutations, input);
    }

    private Payload change(String inputType, String mutation, Map<String, Object> input) {
        String document = CHANGE.formatted(inputType, mutation, YoungPersonRecord.FIELDS, UserError.FIELDS)
                + YoungPersonRecord.FRAGMENTS;
        return backend.fetch(document, Map.of("input", input), mutation, Payload.class).orElseThrow(() ->
                new BackendException(BackendProblem.INTERNAL, "No payload from " + mutation, null));
    }
}
