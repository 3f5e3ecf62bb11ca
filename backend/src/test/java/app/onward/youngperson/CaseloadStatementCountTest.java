package app.onward.youngperson;

import app.onward.clock.CaseClocks;
import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static app.onward.jooq.Tables.ADVISER_ALLOCATION;
import static app.onward.jooq.Tables.CARE_LEAVER_CATEGORY;
import static app.onward.jooq.Tables.CIRCUMSTANCE_CHANGE;
import static app.onward.jooq.Tables.CONTACT;
import static app.onward.jooq.Tables.CORRECTION_REQUEST;
import static app.onward.jooq.Tables.MENTAL_HEALTH_REFERRAL;
import static app.onward.jooq.Tables.PATHWAY_PLAN;
import static app.onward.jooq.Tables.PATHWAY_PLAN_SIGN_OFF;
import static app.onward.jooq.Tables.PATHWAY_PLAN_VERSION;
import static app.onward.jooq.Tables.REFERRAL_STATUS_CHANGE;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.TEAM;
import static app.onward.jooq.Tables.YOUNG_PERSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseload page, with the nested fields the portal shows, runs in the same number of SQL statements
 * whatever the page size: every nested field is batch-loaded or read in the page's own statement.
 */
@OnwardIntegrationTest
@Import({DemoRecords.class, CaseloadStatementCountTest.Counting.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadStatementCountTest {

    /** The caseload page as the portal asks for it, and more. Add nested fields here and the test still holds. */
    static final String PAGE = """
            query($first: Int) { caseload(scope: MINE, first: $first) { totalCount pageInfo { hasNextPage endCursor }
              edges { cursor node { id knownAs age category inTouch contactFrequency team { name }
                personalAdviser { name team { name } }
                clocks { next { kind dueOn status daysLeft reason } assessment { dueOn status } review { dueOn status }
                         contact { dueOn status reason } visit { dueOn } lastContactOn }
                contacts(first: 3) { kind happenedOn recordedBy { name team { name } } }
                categoryHistory { category appliesFrom } adviserHistory { adviser { name } startedOn }
                circumstanceChanges { kind } correctionRequests { whatIsWrong answeredBy { name } }
                openActions { id description byWhen overdue }
                accommodation { code words from until recordedBy { name } } activity { code words from until }
                stayingPut { household plannedEndOn weeklyAllowance { text } moveOnPlan { dueOn status } reviews { reviewedOn } }
                stayingClose { childrensHome plannedEndOn reviews { reviewedOn } }
                pathwayPlan { latestVersionNumber latestSignedOffVersion { number signOff { at } } }
                mayReadMentalHealthReferrals mentalHealthReferrals { status waitDays escalated startedBy { name }
                  statusHistory { status on recordedBy { name team { name } } } } } } } }""";

    static final AtomicInteger STATEMENTS = new AtomicInteger();

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        ExecuteListenerProvider countStatements() {
            return new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext context) {
                    STATEMENTS.incrementAndGet();
                }
            });
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;
    @Autowired
    CaseClocks clocks;

    /** Enough young people allocated to northmoor.adviser2 (Tom Brennan) for a full page of 50. */
    @BeforeAll
    void giveTheAdviserSixtyYoungPeople() {
        demo.as("northmoor", () -> {
            var dsl = demo.dsl();
            UUID tom = dsl.select(STAFF_MEMBER.ID).from(STAFF_MEMBER).where(STAFF_MEMBER.DISPLAY_NAME.eq("Tom Brennan")).fetchSingle().value1();
            UUID south = dsl.select(TEAM.ID).from(TEAM).where(TEAM.NAME.eq("Leaving care team south")).fetchSingle().value1();
            if (dsl.fetchExists(YOUNG_PERSON, YOUNG_PERSON.GIVEN_NAME.startsWith("Counted"))) {
                return null;
            }
            // Every one of them has a signed-off plan with an open action, so each page runs every batch loader.
            var content = dsl.select(PATHWAY_PLAN_VERSION.CONTENT).from(PATHWAY_PLAN_VERSION)
                    .join(PATHWAY_PLAN).on(PATHWAY_PLAN.ID.eq(PATHWAY_PLAN_VERSION.PLAN_ID))
                    .join(YOUNG_PERSON).on(YOUNG_PERSON.ID.eq(PATHWAY_PLAN.YOUNG_PERSON_ID))
                    .where(YOUNG_PERSON.GIVEN_NAME.eq("Maya")).limit(1).fetchSingle().value1();
            for (int i = 0; i < 60; i++) {
                LocalDate born = LocalDate.of(2004, 1, 1).plusDays(i * 37L);
                UUID id = dsl.insertInto(YOUNG_PERSON).set(YOUNG_PERSON.GIVEN_NAME, "Counted" + i).set(YOUNG_PERSON.FAMILY_NAME, "Page")
                        .set(YOUNG_PERSON.DATE_OF_BIRTH, born).set(YOUNG_PERSON.TEAM_ID, south)
                        .returning(YOUNG_PERSON.ID).fetchSingle(YOUNG_PERSON.ID);
                dsl.insertInto(CARE_LEAVER_CATEGORY).set(CARE_LEAVER_CATEGORY.YOUNG_PERSON_ID, id).set(CARE_LEAVER_CATEGORY.CATEGORY, "FORMER_RELEVANT")
                        .set(CARE_LEAVER_CATEGORY.APPLIES_FROM, born.plusYears(18)).set(CARE_LEAVER_CATEGORY.RECORDED_BY, "test").execute();
                dsl.insertInto(ADVISER_ALLOCATION).set(ADVISER_ALLOCATION.YOUNG_PERSON_ID, id).set(ADVISER_ALLOCATION.STAFF_MEMBER_ID, tom)
                        .set(ADVISER_ALLOCATION.STARTED_ON, born.plusYears(16)).set(ADVISER_ALLOCATION.RECORDED_BY, "test").execute();
                UUID plan = dsl.insertInto(PATHWAY_PLAN).set(PATHWAY_PLAN.YOUNG_PERSON_ID, id).set(PATHWAY_PLAN.LATEST_VERSION, 1)
                        .returning(PATHWAY_PLAN.ID).fetchSingle(PATHWAY_PLAN.ID);
                dsl.insertInto(PATHWAY_PLAN_VERSION).set(PATHWAY_PLAN_VERSION.PLAN_ID, plan).set(PATHWAY_PLAN_VERSION.VERSION_NUMBER, 1)
                        .set(PATHWAY_PLAN_VERSION.CONTENT, content).set(PATHWAY_PLAN_VERSION.CHANGE_SUMMARY, "Counted")
                        .set(PATHWAY_PLAN_VERSION.AUTHOR_STAFF_ID, tom).execute();
                dsl.insertInto(PATHWAY_PLAN_SIGN_OFF).set(PATHWAY_PLAN_SIGN_OFF.PLAN_ID, plan).set(PATHWAY_PLAN_SIGN_OFF.VERSION_NUMBER, 1)
                        .set(PATHWAY_PLAN_SIGN_OFF.SIGNED_OFF_BY, tom).execute();
                // And the rest a record can hold, so that which batch loaders run never depends on who is on the page.
                dsl.insertInto(CORRECTION_REQUEST).set(CORRECTION_REQUEST.YOUNG_PERSON_ID, id)
                        .set(CORRECTION_REQUEST.WHAT_IS_WRONG, "Counted").set(CORRECTION_REQUEST.ANSWER, "Fixed")
                        .set(CORRECTION_REQUEST.ANSWERED_BY, tom).set(CORRECTION_REQUEST.ANSWERED_AT, java.time.OffsetDateTime.now())
                        .execute();
                dsl.insertInto(CIRCUMSTANCE_CHANGE).set(CIRCUMSTANCE_CHANGE.YOUNG_PERSON_ID, id)
                        .set(CIRCUMSTANCE_CHANGE.KIND, "HEALTH").set(CIRCUMSTANCE_CHANGE.OCCURRED_ON, LocalDate.now().minusDays(200))
                        .set(CIRCUMSTANCE_CHANGE.REPORTED_BY, "STAFF").set(CIRCUMSTANCE_CHANGE.RECORDED_BY, "test").execute();
                UUID referral = dsl.insertInto(MENTAL_HEALTH_REFERRAL).set(MENTAL_HEALTH_REFERRAL.YOUNG_PERSON_ID, id)
                        .set(MENTAL_HEALTH_REFERRAL.SERVICE, "GP").set(MENTAL_HEALTH_REFERRAL.REASON, "Counted")
                        .set(MENTAL_HEALTH_REFERRAL.URGENCY, "ROUTINE").set(MENTAL_HEALTH_REFERRAL.KNOWN_TO_CAMHS_BEFORE_18, false)
                        .set(MENTAL_HEALTH_REFERRAL.TRANSITION_FROM_CAMHS, false).set(MENTAL_HEALTH_REFERRAL.STARTED_BY, tom)
                        .returning(MENTAL_HEALTH_REFERRAL.ID).fetchSingle(MENTAL_HEALTH_REFERRAL.ID);
                dsl.insertInto(REFERRAL_STATUS_CHANGE).set(REFERRAL_STATUS_CHANGE.REFERRAL_ID, referral)
                        .set(REFERRAL_STATUS_CHANGE.STATUS, "DRAFT").set(REFERRAL_STATUS_CHANGE.HAPPENED_ON, LocalDate.now())
                        .set(REFERRAL_STATUS_CHANGE.REFERRAL_VERSION, 1).set(REFERRAL_STATUS_CHANGE.RECORDED_BY, tom).execute();
                for (int c = 0; c < 4; c++) {
                    dsl.insertInto(CONTACT).set(CONTACT.YOUNG_PERSON_ID, id).set(CONTACT.KIND, "PHONE")
                            .set(CONTACT.HAPPENED_ON, LocalDate.now().minusDays(i + c * 9L)).set(CONTACT.RECORDED_BY, tom).execute();
                }
            }
            clocks.recomputeAll();
            return null;
        });
    }

    private int statementsFor(int pageSize) {
        GraphQlHttp graphql = new GraphQlHttp(port);
        DemoUser.NORTHMOOR_ADVISER_2.token();
        STATEMENTS.set(0);
        GraphQlHttp.Response response = graphql.as(DemoUser.NORTHMOOR_ADVISER_2, PAGE, Map.of("first", pageSize));
        int statements = STATEMENTS.get();
        assertThat(response.errors().isMissingNode()).as(response.body()).isTrue();
        JsonNode edges = response.data().path("caseload").path("edges");
        assertThat(edges.values()).hasSize(pageSize);
        assertThat(edges.get(0).path("node").path("contacts").values()).isNotEmpty();
        assertThat(edges.values()).allSatisfy(edge -> assertThat(edge.path("node").path("pathwayPlan").path("latestSignedOffVersion")
                .path("number").asInt()).isPositive());
        return statements;
    }

    @Test
    void shouldRunTheSameNumberOfStatementsForPagesOfFiveTwentyAndFifty() {
        int five = statementsFor(5);
        int twenty = statementsFor(20);
        int fifty = statementsFor(50);
        System.out.printf("Caseload page statements: 5 -> %d, 20 -> %d, 50 -> %d%n", five, twenty, fifty);
        assertThat(twenty).isEqualTo(five);
        assertThat(fifty).isEqualTo(five);
        // One statement per batch-loaded list, whatever the page size; accommodation and activity are two of them,
        // staying put and staying close two more (their reviews come in the same statement). Mental-health referrals
        // are seven: who is asking (for mayRead and for the list), whose they may read, the referrals, their
        // histories, the authority's thresholds, and the one insert auditing every referral read.
        assertThat(fifty).isLessThanOrEqualTo(23);
    }
}
