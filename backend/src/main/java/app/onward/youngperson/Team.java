package app.onward.youngperson;

/** A team of staff; its young people are the team's caseload. */
public record Team(TeamId id, String name) {
}
