package app.onward.pathwayplan;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/** Tests only: counts the SQL statements that read or write pathway plans, on any thread. */
@Component
class PlanStatements extends DefaultExecuteListenerProvider {

    private static final AtomicInteger COUNT = new AtomicInteger();

    PlanStatements() {
        super(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext context) {
                if (context.sql() != null && context.sql().contains("pathway_plan")) {
                    COUNT.incrementAndGet();
                }
            }
        });
    }

    int during(Runnable work) {
        int before = COUNT.get();
        work.run();
        return COUNT.get() - before;
    }

}
