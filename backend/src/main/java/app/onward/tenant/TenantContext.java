package app.onward.tenant;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant scope of the work running on this thread. Set by {@code TenantContextFilter} for a request,
 * by {@link #callAs} for anything else (public reads, jobs working through tenants one by one), and
 * carried to other threads (GraphQL data fetchers, batch loaders) by {@link TenantContextAccessor}.
 *
 * <p>Only the transaction manager reads it, to set the tenant as the first statement of every transaction.
 * Feature code never passes a tenant id around.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantScope> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<TenantScope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} in {@code scope}, then restores whatever scope the thread had before. */
    public static <T> T callAs(TenantScope scope, Supplier<T> work) {
        try (Entered ignored = enter(scope)) {
            return work.get();
        }
    }

    /** Enters {@code scope} until the returned handle is closed, which restores the previous scope. */
    public static Entered enter(TenantScope scope) {
        TenantScope previous = CURRENT.get();
        CURRENT.set(scope);
        return () -> restore(previous);
    }

    /** An entered scope; closing it restores the one before. */
    public interface Entered extends AutoCloseable {
        @Override
        void close();
    }

    static TenantScope get() {
        return CURRENT.get();
    }

    static void set(TenantScope scope) {
        CURRENT.set(scope);
    }

    static void restore(TenantScope previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
