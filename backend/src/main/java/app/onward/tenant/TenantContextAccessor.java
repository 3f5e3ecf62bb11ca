package app.onward.tenant;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * Lets Micrometer's context propagation carry the tenant scope wherever work hops threads: Spring for
 * GraphQL captures it when a request starts and restores it around every data fetcher and batch loader.
 * Registered through META-INF/services/io.micrometer.context.ThreadLocalAccessor.
 */
public final class TenantContextAccessor implements ThreadLocalAccessor<TenantScope> {

    public static final String KEY = "onward.tenant-scope";

    @Override
    public Object key() {
        return KEY;
    }

    @Override
    public TenantScope getValue() {
        return TenantContext.get();
    }

    @Override
    public void setValue(TenantScope value) {
        TenantContext.set(value);
    }

    @Override
    public void setValue() {
        TenantContext.restore(null);
    }
}
