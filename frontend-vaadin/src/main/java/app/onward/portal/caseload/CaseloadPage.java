package app.onward.portal.caseload;

import app.onward.portal.caseload.Terms.CareLeaverCategory;

import java.util.List;

/** One page of a caseload, most urgent first (the {@code YoungPersonConnection} type). */
public record CaseloadPage(List<Edge> edges, PageInfo pageInfo, int totalCount) {

    public List<Row> rows() {
        return edges.stream().map(Edge::node).toList();
    }

    public record Edge(String cursor, Row node) {}

    public record PageInfo(boolean hasNextPage, String endCursor) {}

    /** A young person as one row of a caseload shows them. */
    public record Row(String id, String knownAs, String familyName, int age, CareLeaverCategory category,
                      StaffRef personalAdviser, Clocks clocks, List<OpenAction> openActions) {

        public String name() {
            return knownAs + " " + familyName;
        }
    }

    /** An action of their pathway plan not yet done; the caseload counts them. */
    public record OpenAction(String id) {}
}
