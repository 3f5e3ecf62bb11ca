package app.onward.offer.internal;

import app.onward.offer.EntitlementClaims.Claim;
import app.onward.offer.EntitlementClaims.ClaimStatus;
import app.onward.offer.EntitlementClaims.Count;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.onward.jooq.Tables.ENTITLEMENT_CLAIM;

/** Claims as a dated history; where each stands is its latest entry. Row-level security keeps the tenant. */
@Repository
public class EntitlementClaimRepository {

    private final DSLContext dsl;

    EntitlementClaimRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Claim record(UUID youngPerson, String entitlementKey, ClaimStatus status, String reason, String recordedBy) {
        return dsl.insertInto(ENTITLEMENT_CLAIM)
                .set(ENTITLEMENT_CLAIM.YOUNG_PERSON_ID, youngPerson)
                .set(ENTITLEMENT_CLAIM.ENTITLEMENT_KEY, entitlementKey)
                .set(ENTITLEMENT_CLAIM.STATUS, status.name())
                .set(ENTITLEMENT_CLAIM.REASON, reason)
                .set(ENTITLEMENT_CLAIM.RECORDED_BY, recordedBy)
                .returning()
                .fetchSingle(EntitlementClaimRepository::claim);
    }

    /** Where each young person's claims stand now (their latest entry per entitlement), in one statement. */
    public Map<UUID, List<Claim>> latestOf(Collection<UUID> youngPeople) {
        Map<UUID, List<Claim>> claims = new LinkedHashMap<>();
        dsl.selectDistinct(ENTITLEMENT_CLAIM.fields()).on(ENTITLEMENT_CLAIM.YOUNG_PERSON_ID, ENTITLEMENT_CLAIM.ENTITLEMENT_KEY)
                .from(ENTITLEMENT_CLAIM)
                .where(ENTITLEMENT_CLAIM.YOUNG_PERSON_ID.in(youngPeople))
                .orderBy(ENTITLEMENT_CLAIM.YOUNG_PERSON_ID, ENTITLEMENT_CLAIM.ENTITLEMENT_KEY, ENTITLEMENT_CLAIM.RECORDED_AT.desc())
                .forEach(row -> claims.computeIfAbsent(row.get(ENTITLEMENT_CLAIM.YOUNG_PERSON_ID), key -> new java.util.ArrayList<>())
                        .add(claim(row)));
        return claims;
    }

    /** How many young people's claims stand at each status, per entitlement: counts only, no one named. */
    public List<Count> counts() {
        var latest = dsl.selectDistinct(ENTITLEMENT_CLAIM.ENTITLEMENT_KEY, ENTITLEMENT_CLAIM.STATUS)
                .on(ENTITLEMENT_CLAIM.YOUNG_PERSON_ID, ENTITLEMENT_CLAIM.ENTITLEMENT_KEY)
                .from(ENTITLEMENT_CLAIM)
                .orderBy(ENTITLEMENT_CLAIM.YOUNG_PERSON_ID, ENTITLEMENT_CLAIM.ENTITLEMENT_KEY, ENTITLEMENT_CLAIM.RECORDED_AT.desc())
                .asTable("latest");
        var key = latest.field(ENTITLEMENT_CLAIM.ENTITLEMENT_KEY);
        var status = latest.field(ENTITLEMENT_CLAIM.STATUS);
        return dsl.select(key, DSL.count().filterWhere(status.eq("APPLIED_FOR")), DSL.count().filterWhere(status.eq("RECEIVED")),
                        DSL.count().filterWhere(status.eq("REFUSED")))
                .from(latest)
                .groupBy(key)
                .orderBy(key)
                .fetch(row -> new Count(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    private static Claim claim(Record row) {
        return new Claim(row.get(ENTITLEMENT_CLAIM.ID), row.get(ENTITLEMENT_CLAIM.ENTITLEMENT_KEY),
                ClaimStatus.valueOf(row.get(ENTITLEMENT_CLAIM.STATUS)), row.get(ENTITLEMENT_CLAIM.REASON),
                row.get(ENTITLEMENT_CLAIM.RECORDED_AT));
    }
}
