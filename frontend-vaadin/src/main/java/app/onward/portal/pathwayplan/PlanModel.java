package app.onward.portal.pathwayplan;

import app.onward.portal.caseload.Arrangements;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The pathway plan as the backend's GraphQL contract gives it (backend/…/graphql/pathwayplan.graphqls), one record
 * per type the portal reads or sends. Fields the portal does not ask for stay null.
 */
public final class PlanModel {

    private PlanModel() {
    }

    public record Named(String name) {}

    public record Comment(String body, OffsetDateTime writtenAt) {}

    public record Action(String id, PlanMatter matter, String description, String who, LocalDate byWhen,
                         boolean done, boolean overdue) {}

    public record Goal(String id, String description, List<Action> actions) {}

    public record Section(PlanMatter matter, String title, String plainTitle, String youngPersonsWords,
                          String assessment, List<Goal> goals) {}

    public record SignOff(Named by, OffsetDateTime at) {}

    /** {@code sections} is null in the list of versions, which does not ask for them. */
    public record Version(int number, OffsetDateTime savedAt, Named author, String changeSummary,
                          List<Section> sections, SignOff signOff, boolean sharedWithYoungPerson,
                          OffsetDateTime agreedByYoungPersonAt, List<Comment> comments) {

        Section section(PlanMatter matter) {
            return sections.stream().filter(section -> section.matter() == matter).findFirst().orElse(null);
        }
    }

    /** Newest version first. */
    public record Plan(String id, int latestVersionNumber, Version latestVersion, List<Version> versions) {}

    /** The young person whose plan it is; {@code pathwayPlan} is null until the first version is saved. */
    /** The plan's young person, with their staying-put and staying-close arrangements (for the accommodation matter). */
    public record PlanHolder(String id, String knownAs, String familyName, Plan pathwayPlan,
                             List<Arrangements.StayingPut> stayingPut, List<Arrangements.StayingClose> stayingClose) {}

    public record Difference(PlanMatter matter, String part, String label, String before, String after) {}

    public record Conflict(int yourBaseVersion, Version currentVersion, List<Difference> changesSinceYourBase) {}

    public record LanguageFlag(String found, int start, int end, String suggestion, String explanation) {}

    public record FieldFlag(String field, LanguageFlag flag) {}

    public record UserError(String field, String message, String code) {}

    public record PlanRef(String id, int latestVersionNumber) {}

    public record VersionRef(int number) {}

    public record SavePayload(PlanRef plan, VersionRef version, List<UserError> userErrors, Conflict conflict,
                              List<FieldFlag> languageFlags) {}

    public record VersionPayload(VersionRef version, List<UserError> userErrors) {}

    public record SaveInput(String youngPersonId, int basedOnVersion, String changeSummary,
                            List<SectionInput> sections) {}

    public record SectionInput(PlanMatter matter, String youngPersonsWords, String assessment, List<GoalInput> goals) {}

    /** {@code id} null for a new goal. */
    public record GoalInput(String id, String description, List<ActionInput> actions) {}

    public record ActionInput(String id, String description, String who, LocalDate byWhen, boolean done) {}
}
