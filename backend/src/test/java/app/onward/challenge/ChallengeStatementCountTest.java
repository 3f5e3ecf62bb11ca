package app.onward.challenge;

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

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A page of challenges with every nested list runs in the same number of SQL statements whatever its size. */
@OnwardIntegrationTest
@Import({DemoRecords.class, ChallengeStatementCountTest.Counting.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChallengeStatementCountTest {

    static final String PAGE = "query($first: Int) { challenges(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node { "
            + ChallengeLifecycleTest.FIELDS + " } } } }";
    static final AtomicInteger STATEMENTS = new AtomicInteger();

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        ExecuteListenerProvider countChallengeStatements() {
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

    GraphQlHttp graphql;

    /** Twenty more Northmoor challenges, each acknowledged and with a message, so a page of 20 has full nested lists. */
    @BeforeAll
    void raiseTwentyChallenges() {
        graphql = new GraphQlHttp(port);
        for (int i = 0; i < 20; i++) {
            String id = ChallengeLifecycleTest.submit(graphql, DemoUser.NORTHMOOR_YOUTH_VOICE, "Counted " + i, "board")
                    .path("challenge").path("id").asString();
            graphql.as(DemoUser.NORTHMOOR_LEADER, "mutation($i: ChallengeStepInput!) { acknowledgeChallenge(input: $i) { userErrors { code } } }",
                    Map.of("i", Map.of("challengeId", id, "version", 1)));
            graphql.as(DemoUser.NORTHMOOR_YOUTH_VOICE, "mutation($i: AddChallengeMessageInput!) { addChallengeMessage(input: $i) { userErrors { code } } }",
                    Map.of("i", Map.of("challengeId", id, "body", "Thank you")));
        }
    }

    private int statementsFor(int first) {
        graphql.as(DemoUser.NORTHMOOR_LEADER, PAGE, Map.of("first", first));
        STATEMENTS.set(0);
        GraphQlHttp.Response response = graphql.as(DemoUser.NORTHMOOR_LEADER, PAGE, Map.of("first", first));
        int counted = STATEMENTS.get();
        assertThat(response.errors().values()).isEmpty();
        assertThat(response.data().path("challenges").path("edges").values()).hasSize(first);
        return counted;
    }

    @Test
    void shouldReadAPageOfTwentyInAsManyStatementsAsAPageOfTwo() {
        assertThat(statementsFor(20)).isEqualTo(statementsFor(2));
    }
}
