package app.onward.pathwayplan.internal;

import app.onward.jooq.tables.PathwayPlan;
import app.onward.jooq.tables.PathwayPlanAgreement;
import app.onward.jooq.tables.PathwayPlanComment;
import app.onward.jooq.tables.PathwayPlanShare;
import app.onward.jooq.tables.PathwayPlanSignOff;
import app.onward.jooq.tables.PathwayPlanVersion;
import app.onward.jooq.tables.StaffMember;
import app.onward.jooq.tables.Team;
import app.onward.pathwayplan.PlanContent;
import app.onward.pathwayplan.PlanViews.Comment;
import app.onward.pathwayplan.PlanViews.Plan;
import app.onward.pathwayplan.PlanViews.SignOff;
import app.onward.pathwayplan.PlanViews.Version;
import app.onward.youngperson.StaffMemberId;
import app.onward.youngperson.TeamId;
import app.onward.youngperson.YoungPersonId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static app.onward.jooq.Tables.PATHWAY_PLAN;
import static app.onward.jooq.Tables.PATHWAY_PLAN_AGREEMENT;
import static app.onward.jooq.Tables.PATHWAY_PLAN_COMMENT;
import static app.onward.jooq.Tables.PATHWAY_PLAN_SHARE;
import static app.onward.jooq.Tables.PATHWAY_PLAN_SIGN_OFF;
import static app.onward.jooq.Tables.PATHWAY_PLAN_VERSION;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.TEAM;

/** Versions are read whole in one statement: the version, its author, sign-off, share, agreement and comments. */
@Repository
class JooqPathwayPlanRepository implements PathwayPlanRepository {

    private static final PathwayPlan P = PATHWAY_PLAN;
    private static final PathwayPlanVersion V = PATHWAY_PLAN_VERSION;
    private static final PathwayPlanSignOff S = PATHWAY_PLAN_SIGN_OFF;
    private static final PathwayPlanShare SH = PATHWAY_PLAN_SHARE;
    private static final PathwayPlanAgreement AG = PATHWAY_PLAN_AGREEMENT;
    private static final PathwayPlanComment C = PATHWAY_PLAN_COMMENT;
    private static final StaffMember AUTHOR = STAFF_MEMBER.as("author");
    private static final StaffMember SIGNER = STAFF_MEMBER.as("signer");
    private static final Team AUTHOR_TEAM = TEAM.as("author_team");
    private static final Team SIGNER_TEAM = TEAM.as("signer_team");

    private final DSLContext dsl;
    private final JsonMapper json;
    private final Field<List<Comment>> comments;

    JooqPathwayPlanRepository(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
        this.comments = DSL.multiset(DSL.select(C.BODY, C.WRITTEN_AT).from(C)
                        .where(C.PLAN_ID.eq(V.PLAN_ID)).and(C.VERSION_NUMBER.eq(V.VERSION_NUMBER))
                        .orderBy(C.WRITTEN_AT, C.ID))
                .as("comments")
                .convertFrom(rows -> rows.map(row -> new Comment(row.value1(), row.value2())));
    }

    @Override
    public Optional<Plan> planOf(YoungPersonId youngPerson) {
        return dsl.selectFrom(P).where(P.YOUNG_PERSON_ID.eq(youngPerson.value())).fetchOptional(JooqPathwayPlanRepository::plan);
    }

    @Override
    public Optional<Plan> plan(UUID planId) {
        return dsl.selectFrom(P).where(P.ID.eq(planId)).fetchOptional(JooqPathwayPlanRepository::plan);
    }

    @Override
    public Optional<Plan> lockPlan(UUID planId) {
        return dsl.selectFrom(P).where(P.ID.eq(planId)).forUpdate().fetchOptional(JooqPathwayPlanRepository::plan);
    }

    @Override
    public void createIfAbsent(YoungPersonId youngPerson) {
        dsl.insertInto(P).set(P.YOUNG_PERSON_ID, youngPerson.value())
                .onConflict(P.TENANT_ID, P.YOUNG_PERSON_ID).doNothing()
                .execute();
    }

    @Override
    public boolean advance(UUID planId, int from) {
        return dsl.update(P).set(P.LATEST_VERSION, from + 1)
                .where(P.ID.eq(planId)).and(P.LATEST_VERSION.eq(from))
                .execute() == 1;
    }

    @Override
    public void insertVersion(UUID planId, int number, PlanContent content, String changeSummary, StaffMemberId author) {
        dsl.insertInto(V)
                .set(V.PLAN_ID, planId)
                .set(V.VERSION_NUMBER, number)
                .set(V.CONTENT, JSONB.valueOf(json.writeValueAsString(content)))
                .set(V.CHANGE_SUMMARY, changeSummary)
                .set(V.AUTHOR_STAFF_ID, author.value())
                .execute();
    }

    @Override
    public List<Plan> plansOf(Collection<YoungPersonId> youngPeople) {
        return dsl.selectFrom(P).where(P.YOUNG_PERSON_ID.in(youngPeople.stream().map(YoungPersonId::value).toList()))
                .fetch(JooqPathwayPlanRepository::plan);
    }

    @Override
    public Map<YoungPersonId, List<PlanContent.Action>> latestOpenActionsOf(Collection<YoungPersonId> youngPeople) {
        // PostgreSQL picks the open actions out of each latest version, in the plan's order: a caseload page reads
        // a few hundred small objects instead of fifty whole plans.
        Field<JSONB> action = DSL.field(DSL.name("open_action", "action"), JSONB.class);
        Field<Long> position = DSL.field(DSL.name("open_action", "position"), Long.class);
        Map<YoungPersonId, List<PlanContent.Action>> actions = new LinkedHashMap<>();
        dsl.select(P.YOUNG_PERSON_ID, action)
                .from(P).join(V).on(V.PLAN_ID.eq(P.ID)).and(V.VERSION_NUMBER.eq(P.LATEST_VERSION))
                .crossJoin(DSL.table("jsonb_path_query({0}, '$.sections[*].goals[*].actions[*] ? (@.done == false)') "
                        + "with ordinality as open_action(action, position)", V.CONTENT))
                .where(P.YOUNG_PERSON_ID.in(youngPeople.stream().map(YoungPersonId::value).toList()))
                .orderBy(P.YOUNG_PERSON_ID, position)
                .forEach(row -> actions.computeIfAbsent(new YoungPersonId(row.value1()), key -> new ArrayList<>())
                        .add(json.readValue(row.value2().data(), PlanContent.Action.class)));
        return actions;
    }

    @Override
    public List<Version> allVersions(Collection<UUID> planIds) {
        return selectVersions().where(V.PLAN_ID.in(planIds)).orderBy(V.PLAN_ID, V.VERSION_NUMBER.desc()).fetch(this::version);
    }

    @Override
    public List<Version> latestVersions(Collection<UUID> planIds) {
        return selectVersions().where(V.PLAN_ID.in(planIds)).and(V.VERSION_NUMBER.eq(P.LATEST_VERSION)).fetch(this::version);
    }

    @Override
    public List<Version> latestSignedOffVersions(Collection<UUID> planIds) {
        PathwayPlanSignOff later = PATHWAY_PLAN_SIGN_OFF.as("later");
        return selectVersions().where(V.PLAN_ID.in(planIds)).and(S.VERSION_NUMBER.isNotNull())
                .andNotExists(DSL.selectOne().from(later)
                        .where(later.PLAN_ID.eq(V.PLAN_ID)).and(later.VERSION_NUMBER.gt(V.VERSION_NUMBER)))
                .fetch(this::version);
    }

    @Override
    public List<Version> versions(UUID planId, Collection<Integer> numbers) {
        return selectVersions().where(V.PLAN_ID.eq(planId)).and(V.VERSION_NUMBER.in(numbers)).fetch(this::version);
    }

    @Override
    public Optional<Version> readableBy(YoungPersonId youngPerson) {
        return selectVersions().where(P.YOUNG_PERSON_ID.eq(youngPerson.value()))
                .and(S.VERSION_NUMBER.isNotNull().or(SH.VERSION_NUMBER.isNotNull()))
                .orderBy(V.VERSION_NUMBER.desc())
                .limit(1)
                .fetchOptional(this::version);
    }

    @Override
    public boolean signOff(UUID planId, int number, StaffMemberId by) {
        return dsl.insertInto(S).set(S.PLAN_ID, planId).set(S.VERSION_NUMBER, number).set(S.SIGNED_OFF_BY, by.value())
                .onConflictDoNothing().execute() == 1;
    }

    @Override
    public boolean share(UUID planId, int number, StaffMemberId by) {
        return dsl.insertInto(SH).set(SH.PLAN_ID, planId).set(SH.VERSION_NUMBER, number).set(SH.SHARED_BY, by.value())
                .onConflictDoNothing().execute() == 1;
    }

    @Override
    public UUID comment(UUID planId, int number, String body) {
        return dsl.insertInto(C).set(C.PLAN_ID, planId).set(C.VERSION_NUMBER, number).set(C.BODY, body)
                .returning(C.ID).fetchSingle(C.ID);
    }

    @Override
    public boolean agree(UUID planId, int number) {
        return dsl.insertInto(AG).set(AG.PLAN_ID, planId).set(AG.VERSION_NUMBER, number)
                .onConflictDoNothing().execute() == 1;
    }

    private SelectOnConditionStep<? extends Record> selectVersions() {
        return dsl.select(P.YOUNG_PERSON_ID, V.PLAN_ID, V.VERSION_NUMBER, V.SAVED_AT, V.CHANGE_SUMMARY, V.CONTENT,
                        AUTHOR.ID, AUTHOR.DISPLAY_NAME, AUTHOR.JOB_TITLE, AUTHOR.EMAIL, AUTHOR.PHONE, AUTHOR.TEAM_ID,
                        AUTHOR_TEAM.NAME, S.SIGNED_OFF_AT, SIGNER.ID, SIGNER.DISPLAY_NAME, SIGNER.JOB_TITLE, SIGNER.EMAIL,
                        SIGNER.PHONE, SIGNER.TEAM_ID, SIGNER_TEAM.NAME,
                        SH.SHARED_AT, AG.AGREED_AT, comments)
                .from(V)
                .join(P).on(P.ID.eq(V.PLAN_ID))
                .join(AUTHOR).on(AUTHOR.ID.eq(V.AUTHOR_STAFF_ID))
                .join(AUTHOR_TEAM).on(AUTHOR_TEAM.ID.eq(AUTHOR.TEAM_ID))
                .leftJoin(S).on(S.PLAN_ID.eq(V.PLAN_ID)).and(S.VERSION_NUMBER.eq(V.VERSION_NUMBER))
                .leftJoin(SIGNER).on(SIGNER.ID.eq(S.SIGNED_OFF_BY))
                .leftJoin(SIGNER_TEAM).on(SIGNER_TEAM.ID.eq(SIGNER.TEAM_ID))
                .leftJoin(SH).on(SH.PLAN_ID.eq(V.PLAN_ID)).and(SH.VERSION_NUMBER.eq(V.VERSION_NUMBER))
                .leftJoin(AG).on(AG.PLAN_ID.eq(V.PLAN_ID)).and(AG.VERSION_NUMBER.eq(V.VERSION_NUMBER));
    }

    private Version version(Record row) {
        SignOff signOff = row.get(S.SIGNED_OFF_AT) == null ? null : new SignOff(
                staff(row, SIGNER, SIGNER_TEAM),
                row.get(S.SIGNED_OFF_AT));
        return new Version(row.get(V.PLAN_ID), new YoungPersonId(row.get(P.YOUNG_PERSON_ID)), row.get(V.VERSION_NUMBER),
                row.get(V.SAVED_AT),
                staff(row, AUTHOR, AUTHOR_TEAM),
                row.get(V.CHANGE_SUMMARY), content(row.get(V.CONTENT)), signOff, row.get(SH.SHARED_AT) != null,
                row.get(AG.AGREED_AT), row.get(comments));
    }

    private static app.onward.youngperson.StaffMember staff(Record row, StaffMember staff, Team team) {
        return new app.onward.youngperson.StaffMember(new StaffMemberId(row.get(staff.ID)), row.get(staff.DISPLAY_NAME),
                row.get(staff.JOB_TITLE), row.get(staff.EMAIL), row.get(staff.PHONE),
                new app.onward.youngperson.Team(new TeamId(row.get(staff.TEAM_ID)), row.get(team.NAME)));
    }

    private PlanContent content(JSONB content) {
        return json.readValue(content.data(), PlanContent.class);
    }

    private static Plan plan(app.onward.jooq.tables.records.PathwayPlanRecord row) {
        return new Plan(row.getId(), new YoungPersonId(row.getYoungPersonId()), row.getLatestVersion());
    }

}
