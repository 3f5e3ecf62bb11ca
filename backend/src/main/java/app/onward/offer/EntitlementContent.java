package app.onward.offer;

import app.onward.offer.rules.WhoQualifies;

import java.time.LocalDate;

/**
 * One entitlement as an authority writes it: what it is in plain English, what you get, who qualifies (as
 * rules a checker can evaluate), how to claim, and where it comes from.
 *
 * @param key            stable across versions, and the entitlement's address on the public pages
 *                       ("setting-up-home-allowance"); lower-case words and hyphens
 * @param national       which national entitlement this is, whose legal minimum it may never go below;
 *                       null for an authority's own
 * @param availableUntil the last day it is offered at all, when it is funded only until then; null if open
 */
public record EntitlementContent(String key, String title, String summary, OfferArea area, WhatYouGet whatYouGet,
                                 WhoQualifies whoQualifies, HowToClaim howToClaim, NationalEntitlement national,
                                 String legalBasis, LocalDate lastReviewedOn, LocalDate availableUntil) {

    /** National entitlements come from the law; an authority's own are local. (Not "isNational": JSON would read it as a property.) */
    public boolean fromTheLaw() {
        return national != null;
    }
}
