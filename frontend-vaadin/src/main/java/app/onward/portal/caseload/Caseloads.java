package app.onward.portal.caseload;

import app.onward.portal.caseload.Terms.DueKind;
import app.onward.portal.caseload.Terms.DueStatus;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.graphql.BackendProblem;
import app.onward.portal.graphql.SignedInBackend;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Caseloads from the backend, 50 young people at a time, in the backend's order (most urgent first). Never
 * cached: a due date must not be shown stale (DESIGN.md, "Redis"). Throws {@link BackendException}.
 */
@Component
public class Caseloads {

    public static final int PAGE_SIZE = 50;

    private static final String CASELOAD = """
            query Caseload($scope: CaseloadScope!, $filter: CaseloadFilter, $first: Int!, $after: String) {
              caseload(scope: $scope, filter: $filter, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node { id knownAs familyName age category personalAdviser %s %s openActions { id } } }
              }
            }
            """.formatted(StaffRef.FIELDS, Clocks.FIELDS) + Clocks.DUE_FRAGMENT;

    private final SignedInBackend backend;

    Caseloads(SignedInBackend backend) {
        this.backend = backend;
    }

    public enum Scope { MINE, TEAM }

    /**
     * @param due       empty for any
     * @param statuses  empty for any
     * @param adviserId null for every adviser (TEAM scope only)
     */
    public record Filter(Set<DueKind> due, Set<DueStatus> statuses, String adviserId) {

        Map<String, Object> asInput() {
            var input = new HashMap<String, Object>();
            if (!due.isEmpty()) {
                input.put("due", due.stream().map(Enum::name).sorted().toList());
            }
            if (!statuses.isEmpty()) {
                input.put("status", statuses.stream().map(Enum::name).sorted().toList());
            }
            if (adviserId != null) {
                input.put("adviserId", adviserId);
            }
            return input;
        }
    }

    /** @param after the end cursor of the page before; null for the first page */
    public CaseloadPage page(Scope scope, Filter filter, String after) {
        var variables = new HashMap<String, Object>();
        variables.put("scope", scope.name());
        variables.put("filter", filter.asInput());
        variables.put("first", PAGE_SIZE);
        variables.put("after", after);
        return backend.fetch(CASELOAD, variables, "caseload", CaseloadPage.class)
                .orElseThrow(() -> new BackendException(BackendProblem.INTERNAL, "No caseload", null));
    }
}
