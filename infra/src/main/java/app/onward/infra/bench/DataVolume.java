package app.onward.infra.bench;

import app.onward.infra.postgres.EmbeddedDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The database as the application sees it: authorities, and the rows row-level security shows each of them. */
final class DataVolume {

    static final List<String> TABLES = List.of("team", "staff_member", "young_person", "care_leaver_category",
            "in_touch_status", "adviser_allocation", "contact", "circumstance_change", "pathway_plan",
            "pathway_plan_version", "pathway_plan_sign_off", "case_clock", "offer_version", "offer_section", "entitlement");

    private DataVolume() {
    }

    static String tenantId(EmbeddedDatabase database, String slug) throws SQLException {
        try (Connection connection = database.connect(EmbeddedDatabase.APPLICATION);
             PreparedStatement query = connection.prepareStatement("select id from onward.tenant where slug = ?")) {
            query.setString(1, slug);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("No authority " + slug);
                }
                return result.getString(1);
            }
        }
    }

    /**
     * Gathers the planner's statistics now, as the owner, instead of waiting for autovacuum to notice the bulk
     * load: a database in service has them, and the figures should not depend on when autovacuum woke up.
     */
    static void analyze(EmbeddedDatabase database) throws SQLException {
        try (Connection connection = database.connect(EmbeddedDatabase.OWNER); Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
    }

    /** Rows per table, added up over every authority, each counted in its own tenant's transaction. */
    static Map<String, Long> rows(EmbeddedDatabase database) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = database.connect(EmbeddedDatabase.APPLICATION)) {
            List<String> tenants = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select id from onward.tenant")) {
                while (result.next()) {
                    tenants.add(result.getString(1));
                }
            }
            connection.setAutoCommit(false);
            for (String tenant : tenants) {
                try (PreparedStatement set = connection.prepareStatement(SqlReplay.SET_TENANT)) {
                    set.setString(1, tenant);
                    set.setString(2, "");
                    set.execute();
                }
                for (String table : TABLES) {
                    try (Statement statement = connection.createStatement();
                         ResultSet result = statement.executeQuery("select count(*) from onward." + table)) {
                        result.next();
                        rows.merge(table, result.getLong(1), Long::sum);
                    }
                }
                connection.commit();
            }
        }
        return rows;
    }
}
