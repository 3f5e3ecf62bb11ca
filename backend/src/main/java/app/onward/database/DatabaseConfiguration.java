package app.onward.database;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** Replaces Spring Boot's transaction manager: every transaction sets its tenant first. */
    @Bean
    TenantAwareTransactionManager transactionManager(DataSource dataSource) {
        return new TenantAwareTransactionManager(dataSource);
    }

    /**
     * A statement outside a transaction would run with no tenant set and quietly see nothing. That is safe,
     * but it hides a bug: refuse it loudly instead.
     */
    @Bean
    ExecuteListenerProvider requireTransaction() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void start(ExecuteContext context) {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    throw new IllegalStateException(
                            "SQL outside a transaction: the tenant is set per transaction (see TenantAwareTransactionManager)");
                }
            }
        });
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
