package app.onward.offer;

import app.onward.offer.rules.WhoQualifies;
import app.onward.tenant.Tenant;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An authority's offer as published: what the public and young people see. {@code entitlements} holds every
 * entitlement in reading order, the sections' in turn; versions published before the offer had sections have
 * entitlements with only a title and a summary, and no sections.
 */
public record PublishedOffer(Tenant authority, int version, OffsetDateTime publishedAt, String title,
                             String introduction, List<Section> sections, List<Entitlement> entitlements) {

    public record Section(OfferArea area, String title, String introduction, List<Entitlement> entitlements) {}

    /** One published entitlement; the accessors are its content's, so GraphQL reads them as properties. */
    public record Entitlement(UUID id, EntitlementContent content) {

        public String key() {
            return content.key();
        }

        public String title() {
            return content.title();
        }

        public String summary() {
            return content.summary();
        }

        public OfferArea area() {
            return content.area();
        }

        public WhatYouGet whatYouGet() {
            return content.whatYouGet();
        }

        public WhoQualifies whoQualifies() {
            return content.whoQualifies();
        }

        public HowToClaim howToClaim() {
            return content.howToClaim();
        }

        public NationalEntitlement national() {
            return content.national();
        }

        /** The same, under the name the API gives it. */
        public NationalEntitlement nationalEntitlement() {
            return content.national();
        }

        public String legalBasis() {
            return content.legalBasis();
        }

        public LocalDate lastReviewedOn() {
            return content.lastReviewedOn();
        }

        public LocalDate availableUntil() {
            return content.availableUntil();
        }
    }
}
