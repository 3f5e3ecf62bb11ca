package app.onward.pathwayplan;

import java.time.LocalDate;
import java.util.List;

/** {@code savePathwayPlan}'s input as the contract has it (SavePathwayPlanInput). */
public record SavePlanInput(String youngPersonId, int basedOnVersion, String changeSummary, List<SectionInput> sections) {

    public record SectionInput(PlanMatter matter, String youngPersonsWords, String assessment, List<GoalInput> goals) {}

    /** {@code id} null for a new goal; kept when editing, so differences follow it. */
    public record GoalInput(String id, String description, List<ActionInput> actions) {}

    public record ActionInput(String id, String description, String who, LocalDate byWhen, boolean done) {}
}
