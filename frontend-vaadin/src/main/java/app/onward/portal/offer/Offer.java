package app.onward.portal.offer;

import app.onward.portal.identity.Authority;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An authority's published local offer, as the backend's public {@code offer} query gives it: in sections,
 * and as one list of every entitlement in reading order (versions published before sections have only that).
 */
public record Offer(Authority authority, int version, OffsetDateTime publishedAt, String title, String introduction,
                    List<Section> sections, List<Entitlement> entitlements) {

    public record Section(String area, String title, String introduction, List<Entitlement> entitlements) {

        /** The section's address on the page: "health-and-wellbeing". */
        public String anchor() {
            return area.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
