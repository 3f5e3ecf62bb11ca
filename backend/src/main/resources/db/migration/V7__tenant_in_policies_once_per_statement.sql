-- The tenant in every policy is read once per statement, not once per row.
--
-- Written as a scalar subquery, (select nullif(current_setting(...), '')::uuid) is planned as an init plan: it
-- runs once when the statement starts and every row is compared with its result. Written bare, as V1 had it,
-- PostgreSQL called current_setting and cast its text to a uuid for every row a scan filtered (on a caseload
-- count over 2,000 clocks that was most of the statement's time; docs/performance.md). Same meaning: an unset
-- tenant is still null, so a transaction without one still sees and writes nothing.

create or replace procedure secure_tenant_table(table_name regclass)
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
                using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
                with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
            $policy$, table_name);
    end
    $$;

create or replace procedure allow_public_reads(table_name regclass, published_condition text)
    language plpgsql
    as $$
    begin
        execute format($policy$
            create policy public_read on %s for select
                using (tenant_id = (select nullif(current_setting('app.public_tenant_id', true), '')::uuid) and (%s))
            $policy$, table_name, published_condition);
    end
    $$;

-- Every table secured so far, the same way.
do $$
    declare
        secured record;
    begin
        for secured in select tablename from pg_policies
                       where schemaname = current_schema() and policyname = 'tenant_isolation' loop
            execute format($policy$
                alter policy tenant_isolation on %I
                    using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
                    with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
                $policy$, secured.tablename);
        end loop;
    end
$$;

-- The two public policies so far (V3), with the same published conditions.
alter policy public_read on offer_version
    using (tenant_id = (select nullif(current_setting('app.public_tenant_id', true), '')::uuid) and (status = 'PUBLISHED'));
alter policy public_read on entitlement
    using (tenant_id = (select nullif(current_setting('app.public_tenant_id', true), '')::uuid) and (exists (select from offer_version v
        where v.tenant_id = entitlement.tenant_id and v.id = entitlement.offer_version_id and v.status = 'PUBLISHED')));
