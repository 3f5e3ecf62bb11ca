package app.onward.portal.offer;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing a care-experienced young person is entitled to under an authority's offer. Entitlements of
 * versions published before the offer had sections carry only an id, a title and a summary.
 */
public record Entitlement(String id, String key, String title, String summary, WhatYouGet whatYouGet,
                          WhoQualifies whoQualifies, HowToClaim howToClaim, String nationalEntitlement,
                          String legalBasis, LocalDate lastReviewedOn, LocalDate availableUntil) {

    public record WhatYouGet(String description, String amountInWords, String cap) {}

    public record WhoQualifies(List<String> inWords) {}

    public record HowToClaim(List<String> steps, List<String> proof, Contact contact) {}

    public record Contact(String name, String phone, String email, String web) {

        /** The number as a tel: link wants it: digits and a leading plus only. */
        public String dialable() {
            return phone == null ? null : phone.replaceAll("[^0-9+]", "");
        }
    }

    /** National entitlements come from the law; an authority's own are local. */
    public boolean isNational() {
        return nationalEntitlement != null;
    }

    /** Whether it has its own page: every entitlement published with sections does. */
    public boolean hasPage() {
        return key != null;
    }
}
