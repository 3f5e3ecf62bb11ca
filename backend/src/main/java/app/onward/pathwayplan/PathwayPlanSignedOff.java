package app.onward.pathwayplan;

import app.onward.youngperson.YoungPersonId;

import java.time.LocalDate;

/** A manager signed off a version: it counts as the plan's review on {@code on}. Published in the sign-off's transaction. */
public record PathwayPlanSignedOff(YoungPersonId youngPerson, int versionNumber, LocalDate on) {
}
