package app.onward.offer.internal;

import app.onward.jooq.tables.records.EntitlementRecord;
import app.onward.jooq.tables.records.OfferVersionRecord;
import app.onward.offer.EntitlementContent;
import app.onward.offer.HowToClaim;
import app.onward.offer.NationalEntitlement;
import app.onward.offer.OfferArea;
import app.onward.offer.OfferPublished;
import app.onward.offer.OfferVersionSummary;
import app.onward.offer.PublishedOffer;
import app.onward.offer.WhatYouGet;
import app.onward.offer.rules.WhoQualifies;
import app.onward.tenant.Tenant;
import app.onward.tenant.TenantContext;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static app.onward.jooq.Tables.ENTITLEMENT;
import static app.onward.jooq.Tables.OFFER_SECTION;
import static app.onward.jooq.Tables.OFFER_VERSION;
import static app.onward.jooq.Tables.STAFF_MEMBER;

/**
 * No tenant here: row-level security scopes every statement to the transaction's tenant, and new rows take
 * it by default. The parts of an entitlement that are structured (what you get, who qualifies, how to claim)
 * are stored as JSON of the model's own records.
 */
@Repository
class JooqOfferRepository implements OfferRepository {

    private static final String PUBLISHED = "PUBLISHED";
    private static final String DRAFT = "DRAFT";

    private final DSLContext dsl;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    JooqOfferRepository(DSLContext dsl, JsonMapper json, ApplicationEventPublisher events) {
        this.dsl = dsl;
        this.json = json;
        this.events = events;
    }

    @Override
    public Optional<PublishedOffer> latestPublished(Tenant authority) {
        return published(authority, DSL.noCondition());
    }

    @Override
    public Optional<Integer> latestPublishedVersion() {
        return dsl.select(OFFER_VERSION.VERSION_NUMBER).from(OFFER_VERSION)
                .where(OFFER_VERSION.STATUS.eq(PUBLISHED))
                .orderBy(OFFER_VERSION.VERSION_NUMBER.desc())
                .limit(1)
                .fetchOptional(OFFER_VERSION.VERSION_NUMBER);
    }

    @Override
    public Optional<PublishedOffer> publishedVersion(Tenant authority, int version) {
        return published(authority, OFFER_VERSION.VERSION_NUMBER.eq(version));
    }

    @Override
    public Optional<PublishedOffer> publishedAt(Tenant authority, OffsetDateTime moment) {
        return published(authority, OFFER_VERSION.PUBLISHED_AT.le(moment));
    }

    /**
     * Who published a version is stored as their account's subject; it is named when that account is a member of
     * staff (as the pathway plans name their authors), and is null otherwise.
     */
    @Override
    public List<OfferVersionSummary> publishedVersions() {
        var entitlements = DSL.field(DSL.selectCount().from(ENTITLEMENT).where(ENTITLEMENT.OFFER_VERSION_ID.eq(OFFER_VERSION.ID)));
        return dsl.select(OFFER_VERSION.VERSION_NUMBER, OFFER_VERSION.PUBLISHED_AT, STAFF_MEMBER.DISPLAY_NAME,
                        OFFER_VERSION.TITLE, entitlements)
                .from(OFFER_VERSION)
                .leftJoin(STAFF_MEMBER).on(STAFF_MEMBER.ACCOUNT_SUBJECT.eq(OFFER_VERSION.PUBLISHED_BY))
                .where(OFFER_VERSION.STATUS.eq(PUBLISHED))
                .orderBy(OFFER_VERSION.VERSION_NUMBER.desc())
                .fetch(row -> new OfferVersionSummary(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
    }

    private Optional<PublishedOffer> published(Tenant authority, Condition when) {
        return dsl.selectFrom(OFFER_VERSION)
                .where(OFFER_VERSION.STATUS.eq(PUBLISHED)).and(when)
                .orderBy(OFFER_VERSION.VERSION_NUMBER.desc())
                .limit(1)
                .fetchOptional()
                .map(version -> read(authority, version));
    }

    /** Two statements whatever the size of the offer: its sections, then all its entitlements in order. */
    private PublishedOffer read(Tenant authority, OfferVersionRecord version) {
        Map<UUID, List<PublishedOffer.Entitlement>> bySection = new LinkedHashMap<>();
        var sections = dsl.selectFrom(OFFER_SECTION)
                .where(OFFER_SECTION.OFFER_VERSION_ID.eq(version.getId()))
                .orderBy(OFFER_SECTION.POSITION)
                .fetch();
        Map<UUID, OfferArea> areas = new LinkedHashMap<>();
        sections.forEach(section -> {
            bySection.put(section.getId(), new ArrayList<>());
            areas.put(section.getId(), OfferArea.valueOf(section.getArea()));
        });
        List<PublishedOffer.Entitlement> unsectioned = new ArrayList<>();
        dsl.selectFrom(ENTITLEMENT)
                .where(ENTITLEMENT.OFFER_VERSION_ID.eq(version.getId()))
                .orderBy(ENTITLEMENT.POSITION)
                .forEach(row -> (row.getSectionId() == null ? unsectioned : bySection.get(row.getSectionId()))
                        .add(new PublishedOffer.Entitlement(row.getId(), content(row, areas.get(row.getSectionId())))));
        List<PublishedOffer.Section> readSections = sections.stream()
                .map(section -> new PublishedOffer.Section(OfferArea.valueOf(section.getArea()), section.getTitle(),
                        section.getIntroduction(), List.copyOf(bySection.get(section.getId()))))
                .toList();
        List<PublishedOffer.Entitlement> all = new ArrayList<>();
        readSections.forEach(section -> all.addAll(section.entitlements()));
        all.addAll(unsectioned);
        return new PublishedOffer(authority, version.getVersionNumber(), version.getPublishedAt(), version.getTitle(),
                version.getIntroduction(), readSections, List.copyOf(all));
    }

    private EntitlementContent content(EntitlementRecord row, OfferArea area) {
        return new EntitlementContent(row.getKey(), row.getTitle(), row.getSummary(), area,
                fromJson(row.getWhatYouGet(), WhatYouGet.class), fromJson(row.getWhoQualifies(), WhoQualifies.class),
                fromJson(row.getHowToClaim(), HowToClaim.class),
                row.getNational() == null ? null : NationalEntitlement.valueOf(row.getNational()),
                row.getLegalBasis(), row.getLastReviewedOn(), row.getAvailableUntil());
    }

    @Override
    public boolean hasAnyVersion() {
        return dsl.fetchExists(OFFER_VERSION);
    }

    @Override
    public boolean latestPublishedHasSections() {
        return dsl.fetchExists(OFFER_SECTION.join(OFFER_VERSION).on(OFFER_VERSION.ID.eq(OFFER_SECTION.OFFER_VERSION_ID)),
                OFFER_VERSION.VERSION_NUMBER.eq(DSL.select(DSL.max(OFFER_VERSION.VERSION_NUMBER)).from(OFFER_VERSION)
                        .where(OFFER_VERSION.STATUS.eq(PUBLISHED))));
    }

    @Override
    @Transactional
    public int publish(String title, String introduction, List<NewSection> sections, String publishedBy) {
        if (!startDraft(title, introduction, sections)) {
            throw new IllegalStateException("There is a draft already: publish or discard it first");
        }
        return publishDraft(0, publishedBy).orElseThrow();
    }

    @Override
    public Optional<Draft> draft(Tenant authority, boolean lock) {
        var select = dsl.selectFrom(OFFER_VERSION).where(OFFER_VERSION.STATUS.eq(DRAFT));
        return (lock ? select.forUpdate().fetchOptional() : select.fetchOptional())
                .map(version -> new Draft(read(authority, version), version.getRowVersion()));
    }

    @Override
    @Transactional
    public boolean startDraft(String title, String introduction, List<NewSection> sections) {
        int versionNumber = dsl.select(DSL.coalesce(DSL.max(OFFER_VERSION.VERSION_NUMBER), 0))
                .from(OFFER_VERSION)
                .fetchSingle().value1() + 1;
        // Two admins starting at once: one draft (one_draft_uk), the other inserts nothing and is told so.
        Optional<UUID> versionId = dsl.insertInto(OFFER_VERSION)
                .set(OFFER_VERSION.VERSION_NUMBER, versionNumber)
                .set(OFFER_VERSION.STATUS, DRAFT)
                .set(OFFER_VERSION.TITLE, title)
                .set(OFFER_VERSION.INTRODUCTION, introduction)
                .onConflictDoNothing()
                .returning(OFFER_VERSION.ID)
                .fetchOptional(OFFER_VERSION.ID);
        versionId.ifPresent(id -> writeContent(id, sections));
        return versionId.isPresent();
    }

    @Override
    @Transactional
    public boolean saveDraft(int rowVersion, String title, String introduction, List<NewSection> sections) {
        // The row version is the lock: of two saves from the same one, the second updates nothing.
        Optional<UUID> versionId = dsl.update(OFFER_VERSION)
                .set(OFFER_VERSION.TITLE, title)
                .set(OFFER_VERSION.INTRODUCTION, introduction)
                .set(OFFER_VERSION.ROW_VERSION, rowVersion + 1)
                .where(OFFER_VERSION.STATUS.eq(DRAFT)).and(OFFER_VERSION.ROW_VERSION.eq(rowVersion))
                .returning(OFFER_VERSION.ID)
                .fetchOptional(OFFER_VERSION.ID);
        versionId.ifPresent(id -> {
            dsl.deleteFrom(OFFER_SECTION).where(OFFER_SECTION.OFFER_VERSION_ID.eq(id)).execute();
            dsl.deleteFrom(ENTITLEMENT).where(ENTITLEMENT.OFFER_VERSION_ID.eq(id)).execute();
            writeContent(id, sections);
        });
        return versionId.isPresent();
    }

    @Override
    @Transactional
    public Optional<Integer> publishDraft(int rowVersion, String publishedBy) {
        Optional<Integer> published = dsl.update(OFFER_VERSION)
                .set(OFFER_VERSION.STATUS, PUBLISHED)
                .set(OFFER_VERSION.PUBLISHED_AT, OffsetDateTime.now())
                .set(OFFER_VERSION.PUBLISHED_BY, publishedBy)
                .where(OFFER_VERSION.STATUS.eq(DRAFT)).and(OFFER_VERSION.ROW_VERSION.eq(rowVersion))
                .returning(OFFER_VERSION.VERSION_NUMBER)
                .fetchOptional(OFFER_VERSION.VERSION_NUMBER);
        published.ifPresent(version -> TenantContext.current()
                .ifPresent(scope -> events.publishEvent(new OfferPublished(scope.tenantId(), version))));
        return published;
    }

    private void writeContent(UUID versionId, List<NewSection> sections) {
        int entitlementPosition = 0;
        for (int sectionPosition = 0; sectionPosition < sections.size(); sectionPosition++) {
            NewSection section = sections.get(sectionPosition);
            UUID sectionId = dsl.insertInto(OFFER_SECTION)
                    .set(OFFER_SECTION.OFFER_VERSION_ID, versionId)
                    .set(OFFER_SECTION.AREA, section.area().name())
                    .set(OFFER_SECTION.POSITION, sectionPosition + 1)
                    .set(OFFER_SECTION.TITLE, section.title())
                    .set(OFFER_SECTION.INTRODUCTION, section.introduction() == null ? "" : section.introduction())
                    .returning(OFFER_SECTION.ID)
                    .fetchSingle(OFFER_SECTION.ID);
            for (EntitlementContent entitlement : section.entitlements()) {
                insert(versionId, sectionId, ++entitlementPosition, entitlement);
            }
        }
    }

    private void insert(UUID versionId, UUID sectionId, int position, EntitlementContent entitlement) {
        dsl.insertInto(ENTITLEMENT)
                .set(ENTITLEMENT.OFFER_VERSION_ID, versionId)
                .set(ENTITLEMENT.SECTION_ID, sectionId)
                .set(ENTITLEMENT.POSITION, position)
                .set(ENTITLEMENT.KEY, entitlement.key())
                .set(ENTITLEMENT.TITLE, entitlement.title())
                .set(ENTITLEMENT.SUMMARY, entitlement.summary())
                .set(ENTITLEMENT.WHAT_YOU_GET, toJson(entitlement.whatYouGet()))
                .set(ENTITLEMENT.WHO_QUALIFIES, toJson(entitlement.whoQualifies()))
                .set(ENTITLEMENT.HOW_TO_CLAIM, toJson(entitlement.howToClaim()))
                .set(ENTITLEMENT.NATIONAL, entitlement.national() == null ? null : entitlement.national().name())
                .set(ENTITLEMENT.LEGAL_BASIS, entitlement.legalBasis())
                .set(ENTITLEMENT.LAST_REVIEWED_ON, entitlement.lastReviewedOn())
                .set(ENTITLEMENT.AVAILABLE_UNTIL, entitlement.availableUntil())
                .execute();
    }

    private JSONB toJson(Object value) {
        return value == null ? null : JSONB.valueOf(json.writeValueAsString(value));
    }

    private <T> T fromJson(JSONB value, Class<T> type) {
        return value == null ? null : json.readValue(value.data(), type);
    }
}
