package app.onward.tenant;

import app.onward.infra.postgres.EmbeddedDatabase;
import app.onward.testsupport.OnwardIntegrationTest;
import app.onward.testsupport.TestStack;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads PostgreSQL's own catalogue after the migrations ran: every table with a tenant_id is secured the same
 * way, whoever wrote it. A new table that forgets any of this fails here in the same change.
 */
@OnwardIntegrationTest
class TenancyCatalogueTest {

    /** The tenant read once per statement, as an init plan (V7). */
    private static final String POLICY =
            "(tenant_id = ( SELECT (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid AS \"nullif\"))";

    @Test
    void shouldHaveTenantOwnedTablesToCheck() throws SQLException {
        assertThat(tenantOwnedTables()).contains("audit_event", "offer_version", "entitlement");
    }

    @Test
    void shouldEnableAndForceRowLevelSecurityOnEveryTenantOwnedTable() throws SQLException {
        List<String> unsecured = query("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'onward' and c.relkind = 'r'
                  and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
                  and not (c.relrowsecurity and c.relforcerowsecurity)""");
        assertThat(unsecured).isEmpty();
    }

    @Test
    void shouldGiveEveryTenantOwnedTableTheFailClosedPolicyForReadingAndWriting() throws SQLException {
        List<String> withoutPolicy = query("""
                select t from unnest(?::text[]) t
                where not exists (select from pg_policies p where p.schemaname = 'onward' and p.tablename = t
                  and p.policyname = 'tenant_isolation' and p.cmd = 'ALL' and p.permissive = 'PERMISSIVE'
                  and p.qual = '%1$s' and p.with_check = '%1$s')""".formatted(POLICY.replace("'", "''")),
                (Object) tenantOwnedTables().toArray(String[]::new));
        assertThat(withoutPolicy).isEmpty();
    }

    @Test
    void shouldOnlyAddPublicPoliciesThatReadTheirOwnPublicTenant() throws SQLException {
        List<String> otherPolicies = query("""
                select tablename || '.' || policyname from pg_policies
                where schemaname = 'onward' and policyname <> 'tenant_isolation'
                  and not (policyname = 'public_read' and cmd = 'SELECT'
                           and qual like '((tenant_id = ( SELECT (NULLIF(current_setting(''app.public_tenant_id''::text, true), ''''::text))::uuid AS "nullif")) AND %')""");
        assertThat(otherPolicies).isEmpty();
    }

    @Test
    void shouldLeadEveryPrimaryKeyAndIndexOfTenantOwnedTablesWithTenantId() throws SQLException {
        List<String> indexesNotLedByTenant = query("""
                select i.indexrelid::regclass::text from pg_index i
                join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'onward'
                  and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
                  and (select a.attname from pg_attribute a where a.attrelid = c.oid and a.attnum = i.indkey[0]) <> 'tenant_id'""");
        List<String> tablesWithoutTenantPrimaryKey = query("""
                select t from unnest(?::text[]) t where not exists (
                  select from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
                  where n.nspname = 'onward' and c.relname = t and i.indisprimary
                    and (select a.attname from pg_attribute a where a.attrelid = c.oid and a.attnum = i.indkey[0]) = 'tenant_id')""",
                (Object) tenantOwnedTables().toArray(String[]::new));
        assertThat(indexesNotLedByTenant).isEmpty();
        assertThat(tablesWithoutTenantPrimaryKey).isEmpty();
    }

    @Test
    void shouldMakeEveryForeignKeyBetweenTenantOwnedTablesCarryTenantIdFirst() throws SQLException {
        List<String> foreignKeysWithoutTenant = query("""
                select con.conname from pg_constraint con
                join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
                join pg_class target on target.oid = con.confrelid
                where n.nspname = 'onward' and con.contype = 'f' and target.relname <> 'tenant'
                  and ((select a.attname from pg_attribute a where a.attrelid = c.oid and a.attnum = con.conkey[1]) <> 'tenant_id'
                    or (select a.attname from pg_attribute a where a.attrelid = target.oid and a.attnum = con.confkey[1]) <> 'tenant_id')""");
        assertThat(foreignKeysWithoutTenant).isEmpty();
    }

    @Test
    void shouldConnectTheApplicationAsARoleThatIsNotSuperuserCannotBypassRlsAndOwnsNothing() throws SQLException {
        String role = EmbeddedDatabase.APPLICATION.name();
        assertThat(query("select rolname from pg_roles where rolname = ? and (rolsuper or rolbypassrls or rolcreaterole or rolcreatedb)", role))
                .isEmpty();
        assertThat(query("""
                select c.relname from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = ?
                union all select n.nspname from pg_namespace n join pg_roles r on r.oid = n.nspowner where r.rolname = ?
                union all select p.proname from pg_proc p join pg_roles r on r.oid = p.proowner where r.rolname = ?""",
                role, role, role)).isEmpty();
        try (Connection app = TestStack.database().connect(EmbeddedDatabase.APPLICATION);
             ResultSet user = app.createStatement().executeQuery("select current_user")) {
            user.next();
            assertThat(user.getString(1)).isEqualTo(role);
        }
    }

    @Test
    void shouldKeepTheAuditTrailAppendOnlyForTheApplication() throws SQLException {
        assertThat(query("select privilege_type from information_schema.role_table_grants "
                + "where grantee = ? and table_name = 'audit_event' order by 1", EmbeddedDatabase.APPLICATION.name()))
                .containsExactly("INSERT", "SELECT");
    }

    @Test
    void shouldLetTheApplicationOnlyReadTheTenantTable() throws SQLException {
        assertThat(query("select privilege_type from information_schema.role_table_grants "
                + "where grantee = ? and table_name = 'tenant'", EmbeddedDatabase.APPLICATION.name()))
                .containsExactly("SELECT");
    }

    static List<String> tenantOwnedTables() throws SQLException {
        return query("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'onward' and c.relkind in ('r', 'p')
                  and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                order by 1""");
    }

    static List<String> query(String sql, Object... parameters) throws SQLException {
        try (Connection owner = TestStack.database().connect(EmbeddedDatabase.OWNER);
             var statement = owner.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] array) {
                    statement.setArray(i + 1, owner.createArrayOf("text", array));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }
}
