package app.onward.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.function.Function;

/**
 * The platform database role: it may write the platform's {@code tenant} table (onboarding, suspending an
 * authority) and nothing else. Kept apart from the application's pool so that no request path can reach it.
 */
@Component
public class PlatformDatabase {

    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    PlatformDatabase(@Value("${onward.platform-datasource.url}") String url,
                     @Value("${onward.platform-datasource.username}") String username,
                     @Value("${onward.platform-datasource.password}") String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setPoolName("platform");
        this.dataSource = new HikariDataSource(config);
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    /** Runs {@code work} in one transaction as the platform role. */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    @PreDestroy
    void close() {
        dataSource.close();
    }
}
