package app.onward.mentalhealth;

import app.onward.tenant.TenantContext;
import app.onward.tenant.TenantDirectory;
import app.onward.tenant.TenantScope;
import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import app.onward.youngperson.YoungPersonId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every referral returned is an audited read (who, which referral), and a read whose audit cannot be written fails. */
@OnwardIntegrationTest
@Import({DemoRecords.class, ReferralFixtures.class})
class ReferralReadAuditTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    ReferralReads reads;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    PlatformTransactionManager transactions;

    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
        fixtures.connect(graphql);
    }

    @Test
    void shouldAuditEachReferralReadOnTheRecordOnTheStaffHomeAndByTheYoungPerson() {
        String sky = fixtures.newYoungPerson("Sky");
        String waiting = fixtures.insertSent(sky, "EMERGENCY", 3);
        String draft = fixtures.start(DemoUser.NORTHMOOR_ADVISER, fixtures.startInput(sky, null)).path("referral").path("id").asString();
        assertThat(fixtures.reads(waiting)).isZero();
        assertThat(fixtures.reads(draft)).as("a mutation's payload is audited as the change, not as a read").isZero();

        JsonNode onRecord = fixtures.referralsOf(DemoUser.NORTHMOOR_ADVISER, sky);
        assertThat(onRecord.values()).hasSize(2);
        assertThat(fixtures.reads(waiting)).isEqualTo(1);
        assertThat(fixtures.reads(draft)).isEqualTo(1);

        graphql.as(DemoUser.NORTHMOOR_MANAGER, ReferralFixtures.WAITING_TOO_LONG, Map.of());
        assertThat(fixtures.reads(waiting)).isEqualTo(2);
        assertThat(fixtures.reads(draft)).as("not waiting, so not returned").isEqualTo(1);
        assertThat(fixtures.auditFor(waiting)).filteredOn(row -> row.action().equals("READ"))
                .extracting(ReferralFixtures.Audited::actor).hasSize(2).doesNotHaveDuplicates();

        // Someone who may not read it reads nothing, and nothing is audited as read.
        fixtures.referralsOf(DemoUser.NORTHMOOR_ADVISER_2, sky);
        graphql.as(DemoUser.NORTHMOOR_ADVISER_2, ReferralFixtures.WAITING_TOO_LONG, Map.of());
        assertThat(fixtures.reads(waiting)).isEqualTo(2);
    }

    @Test
    void shouldAuditTheYoungPersonsOwnReads() {
        JsonNode mine = graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, ReferralFixtures.MINE, Map.of()).data().path("mine").path("myReferrals");
        assertThat(mine.values()).isNotEmpty();
        String first = mine.get(0).path("id").asString();
        int before = fixtures.reads(first);
        graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, ReferralFixtures.MINE, Map.of());
        assertThat(fixtures.reads(first)).isEqualTo(before + 1);
        assertThat(fixtures.auditFor(first).getLast().actor()).as("Tyler's account").isEqualTo("0b000000-0000-4000-8000-000002000001");
    }

    @Test
    void shouldFailTheReadRatherThanServeItUnauditedWhenTheAuditCannotBeWritten() {
        YoungPersonId tyler = new YoungPersonId(DemoRecords.uuid("YoungPerson", demo.youngPerson("northmoor", "Tyler")));
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        var northmoor = TenantScope.member(tenants.findActiveBySlug("northmoor").orElseThrow().id());
        assertThatThrownBy(() -> TenantContext.callAs(northmoor, () -> readOnly.execute(status -> reads.mine(tyler))))
                .hasStackTraceContaining("read-only transaction");
        java.util.List<MyReferral> served = TenantContext.callAs(northmoor,
                () -> new TransactionTemplate(transactions).execute(status -> reads.mine(tyler)));
        assertThat(served).isNotEmpty();
    }
}
