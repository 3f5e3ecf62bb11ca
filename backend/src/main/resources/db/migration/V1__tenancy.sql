-- Tenancy: one row per local authority. Platform-level: not row-secured, read-only to the application
-- role, writable by the platform role (onboarding). See docs/decisions/0005-how-the-tenant-is-set.md.

grant usage on schema onward to ${applicationRole}, ${platformRole};

create table tenant (
    id             uuid        not null default gen_random_uuid(),
    slug           text        not null,
    name           text        not null,
    keycloak_realm text        not null,
    issuer         text        not null,
    status         text        not null default 'ACTIVE',
    branding       jsonb       not null default '{}'::jsonb,
    host_names     text[]      not null default '{}',
    created_at     timestamptz not null default now(),
    constraint tenant_pk primary key (id),
    constraint tenant_slug_uk unique (slug),
    constraint tenant_realm_uk unique (keycloak_realm),
    constraint tenant_issuer_uk unique (issuer),
    constraint tenant_slug_shape check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint tenant_status_known check (status in ('ACTIVE', 'SUSPENDED'))
);

comment on table tenant is 'A local authority using Onward. Its realm''s issuer is the only way a token proves the tenant.';

grant select on tenant to ${applicationRole};
grant select, insert, update on tenant to ${platformRole};

-- Row-level security, in one place. Every tenant-owned table calls secure_tenant_table: ENABLE and FORCE, and
-- the fail-closed policy for the tenant's own users. A transaction with no tenant set sees no rows and can
-- write none: nullif turns the unset '' into null, and null = x is never true. New rows take the
-- transaction's tenant by default, so feature code never names a tenant.
create procedure secure_tenant_table(table_name regclass)
    language plpgsql
    as $$
    begin
        execute format($default$
            alter table %s alter column tenant_id set default nullif(current_setting('app.tenant_id', true), '')::uuid
            $default$, table_name);
        execute format('alter table %s enable row level security', table_name);
        execute format('alter table %s force row level security', table_name);
        execute format($policy$
            create policy tenant_isolation on %s
                using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
                with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
            $policy$, table_name);
    end
    $$;

-- Public reads (an authority's published offer, its published "you said, we did") run with
-- app.public_tenant_id set instead of app.tenant_id, in a read-only transaction. Only tables given this
-- policy answer them at all, and only with the rows the condition calls published.
create procedure allow_public_reads(table_name regclass, published_condition text)
    language plpgsql
    as $$
    begin
        execute format($policy$
            create policy public_read on %s for select
                using (tenant_id = nullif(current_setting('app.public_tenant_id', true), '')::uuid and (%s))
            $policy$, table_name, published_condition);
    end
    $$;
