package app.onward.testsupport;

import app.onward.graphql.GlobalId;
import app.onward.tenant.TenantContext;
import app.onward.tenant.TenantDirectory;
import app.onward.tenant.TenantScope;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;
import java.util.function.Supplier;

import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.YOUNG_PERSON;

/** Finds the demo records' ids for tests, and runs work as a member of an authority (like a job would). */
@Component
public class DemoRecords {

    private final TenantDirectory tenants;
    private final DSLContext dsl;
    private final TransactionTemplate transaction;

    DemoRecords(TenantDirectory tenants, DSLContext dsl, PlatformTransactionManager transactions) {
        this.tenants = tenants;
        this.dsl = dsl;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The global id of a demo young person, by given name (unique in the demo data). */
    public String youngPerson(String authority, String givenName) {
        return GlobalId.of("YoungPerson", as(authority, () -> dsl.select(YOUNG_PERSON.ID).from(YOUNG_PERSON)
                .where(YOUNG_PERSON.GIVEN_NAME.eq(givenName)).orderBy(YOUNG_PERSON.CREATED_AT).limit(1).fetchSingle().value1()));
    }

    public String staffMember(String authority, String displayName) {
        return GlobalId.of("StaffMember", as(authority, () -> dsl.select(STAFF_MEMBER.ID).from(STAFF_MEMBER)
                .where(STAFF_MEMBER.DISPLAY_NAME.eq(displayName)).fetchSingle().value1()));
    }

    public static UUID uuid(String type, String globalId) {
        return GlobalId.parse(type, globalId).orElseThrow();
    }

    public <T> T as(String authority, Supplier<T> work) {
        return TenantContext.callAs(TenantScope.member(tenants.findActiveBySlug(authority).orElseThrow().id()),
                () -> transaction.execute(status -> work.get()));
    }

    public DSLContext dsl() {
        return dsl;
    }
}
