package app.onward.tenant.internal;

import app.onward.tenant.Tenant;

import java.util.List;

public interface TenantRepository {

    List<Tenant> findAll();
}
