package app.onward.offer.internal;

import app.onward.offer.PublishedOffer;
import app.onward.tenant.Tenant;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static app.onward.jooq.Tables.ENTITLEMENT;
import static app.onward.jooq.Tables.OFFER_VERSION;

/**
 * No tenant here: row-level security scopes every statement to the transaction's tenant, and new rows take
 * it by default.
 */
@Repository
class JooqOfferRepository implements OfferRepository {

    private final DSLContext dsl;

    JooqOfferRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<PublishedOffer> latestPublished(Tenant authority) {
        return dsl.selectFrom(OFFER_VERSION)
                .where(OFFER_VERSION.STATUS.eq("PUBLISHED"))
                .orderBy(OFFER_VERSION.VERSION_NUMBER.desc())
                .limit(1)
                .fetchOptional()
                .map(version -> new PublishedOffer(authority, version.getVersionNumber(), version.getPublishedAt(),
                        version.getTitle(), version.getIntroduction(),
                        dsl.select(ENTITLEMENT.ID, ENTITLEMENT.TITLE, ENTITLEMENT.SUMMARY)
                                .from(ENTITLEMENT)
                                .where(ENTITLEMENT.OFFER_VERSION_ID.eq(version.getId()))
                                .orderBy(ENTITLEMENT.POSITION)
                                .fetch(row -> new PublishedOffer.Entitlement(row.value1(), row.value2(), row.value3()))));
    }

    @Override
    public boolean hasAnyVersion() {
        return dsl.fetchExists(OFFER_VERSION);
    }

    @Override
    @Transactional
    public int publish(String title, String introduction, List<NewEntitlement> entitlements) {
        int versionNumber = dsl.select(DSL.coalesce(DSL.max(OFFER_VERSION.VERSION_NUMBER), 0))
                .from(OFFER_VERSION)
                .fetchSingle().value1() + 1;
        UUID versionId = dsl.insertInto(OFFER_VERSION)
                .set(OFFER_VERSION.VERSION_NUMBER, versionNumber)
                .set(OFFER_VERSION.STATUS, "PUBLISHED")
                .set(OFFER_VERSION.TITLE, title)
                .set(OFFER_VERSION.INTRODUCTION, introduction)
                .set(OFFER_VERSION.PUBLISHED_AT, OffsetDateTime.now())
                .returning(OFFER_VERSION.ID)
                .fetchSingle(OFFER_VERSION.ID);
        for (int position = 0; position < entitlements.size(); position++) {
            NewEntitlement entitlement = entitlements.get(position);
            dsl.insertInto(ENTITLEMENT)
                    .set(ENTITLEMENT.OFFER_VERSION_ID, versionId)
                    .set(ENTITLEMENT.POSITION, position + 1)
                    .set(ENTITLEMENT.TITLE, entitlement.title())
                    .set(ENTITLEMENT.SUMMARY, entitlement.summary())
                    .execute();
        }
        return versionNumber;
    }
}
