package app.onward.pathwayplan.internal;

import app.onward.pathwayplan.PlanContent;
import app.onward.pathwayplan.PlanViews.Plan;
import app.onward.pathwayplan.PlanViews.Version;
import app.onward.youngperson.StaffMemberId;
import app.onward.youngperson.YoungPersonId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Plans and their versions. Row-level security scopes every statement to the transaction's tenant. Each
 * method that takes a collection is one statement whatever its size (the batch loaders rely on it).
 */
public interface PathwayPlanRepository {

    Optional<Plan> planOf(YoungPersonId youngPerson);

    Optional<Plan> plan(UUID planId);

    /** The plan, its row locked until the transaction ends (a sign-off must not race a save). */
    Optional<Plan> lockPlan(UUID planId);

    /** Creates the young person's plan with no versions, unless it exists already (a concurrent first save). */
    void createIfAbsent(YoungPersonId youngPerson);

    /** Moves the plan's latest version from {@code from} to {@code from + 1}; false when it is no longer {@code from}. */
    boolean advance(UUID planId, int from);

    void insertVersion(UUID planId, int number, PlanContent content, String changeSummary, StaffMemberId author);

    List<Plan> plansOf(Collection<YoungPersonId> youngPeople);

    /** The actions not done in each young person's latest version, in the plan's order. */
    Map<YoungPersonId, List<PlanContent.Action>> latestOpenActionsOf(Collection<YoungPersonId> youngPeople);

    /** Every version of these plans, newest first. */
    List<Version> allVersions(Collection<UUID> planIds);

    List<Version> latestVersions(Collection<UUID> planIds);

    List<Version> latestSignedOffVersions(Collection<UUID> planIds);

    List<Version> versions(UUID planId, Collection<Integer> numbers);

    /** The version a young person may read: the latest signed off, or a newer draft shared with them. */
    Optional<Version> readableBy(YoungPersonId youngPerson);

    /** False when the version was signed off already. */
    boolean signOff(UUID planId, int number, StaffMemberId by);

    /** False when the version was shared already. */
    boolean share(UUID planId, int number, StaffMemberId by);

    UUID comment(UUID planId, int number, String body);

    /** False when the young person had agreed already. */
    boolean agree(UUID planId, int number);
}
