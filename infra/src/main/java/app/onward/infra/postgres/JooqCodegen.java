package app.onward.infra.postgres;

import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;

import java.nio.file.Path;
import java.util.Map;

/**
 * Generates the backend's jOOQ classes from its Flyway migrations, applied to a real PostgreSQL 17
 * (the embedded one), so that code and schema cannot drift. Run by the backend's build in
 * generate-sources. See docs/decisions/0004-jooq-generated-from-migrations.md.
 *
 * <p>Arguments: the migrations folder, the output folder, the target package.
 */
public final class JooqCodegen {

    /** Onward's tables live in their own schema, created and owned by the owner role. */
    public static final String SCHEMA = "onward";

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]).toAbsolutePath();
        String outputDirectory = args[1];
        String targetPackage = args[2];

        try (EmbeddedDatabase database = EmbeddedDatabase.startTemporary()) {
            Flyway.configure()
                    .dataSource(database.jdbcUrl(), EmbeddedDatabase.OWNER.name(), EmbeddedDatabase.OWNER.password())
                    .locations("filesystem:" + migrations)
                    .schemas(SCHEMA)
                    .placeholders(MigrationPlaceholders.defaults())
                    .load()
                    .migrate();

            GenerationTool.generate(new Configuration()
                    .withLogging(Logging.WARN)
                    .withJdbc(new Jdbc()
                            .withDriver("org.postgresql.Driver")
                            .withUrl(database.jdbcUrl())
                            .withUser(EmbeddedDatabase.OWNER.name())
                            .withPassword(EmbeddedDatabase.OWNER.password()))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    // Only Onward's schema; Flyway's history table is not ours to query.
                                    .withInputSchema(SCHEMA)
                                    .withExcludes("flyway_schema_history"))
                            .withGenerate(new Generate()
                                    // The helper procedures for row-level security are for migrations only.
                                    .withRoutines(false)
                                    // Records and tables only: the code reads as SQL, no DAOs or POJOs.
                                    .withDaos(false)
                                    .withPojos(false)
                                    .withJavaTimeTypes(true)
                                    .withGeneratedAnnotation(false))
                            .withTarget(new Target()
                                    .withPackageName(targetPackage)
                                    .withDirectory(outputDirectory))));
        }
    }

    /** The role names the migrations grant to; the backend passes the same ones to Flyway. */
    public static final class MigrationPlaceholders {
        public static Map<String, String> defaults() {
            return Map.of(
                    "applicationRole", EmbeddedDatabase.APPLICATION.name(),
                    "platformRole", EmbeddedDatabase.PLATFORM.name());
        }
    }
}
