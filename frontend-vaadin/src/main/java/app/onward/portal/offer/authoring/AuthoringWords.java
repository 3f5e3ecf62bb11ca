package app.onward.portal.offer.authoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The offer's enumerations (offer.graphqls) in the words the editor shows a tenant admin, in the order it shows
 * them. The areas' words are those the public page uses for a section with no title of its own.
 */
final class AuthoringWords {

    static final Map<String, String> AREAS = ordered(
            "HEALTH_AND_WELLBEING", "Health and wellbeing",
            "RELATIONSHIPS", "Relationships",
            "EDUCATION_AND_TRAINING", "Education and training",
            "EMPLOYMENT", "Work",
            "ACCOMMODATION", "Somewhere to live",
            "PARTICIPATION_IN_SOCIETY", "Taking part in your community",
            "MONEY_AND_FINANCIAL_SKILLS", "Money",
            "HOUSING_AND_HOMELESSNESS_PREVENTION", "Keeping your home");

    static final Map<String, String> CATEGORIES = ordered(
            "ELIGIBLE", "Eligible (16 or 17, still in care)",
            "RELEVANT", "Relevant (16 or 17, left care)",
            "FORMER_RELEVANT", "Former relevant (18 to 25)",
            "QUALIFYING", "Qualifying (left care after 16 without the 13 weeks, or special guardianship)");

    static final Map<String, String> CIRCUMSTANCES = ordered(
            "IN_HIGHER_EDUCATION", "In higher education (university)",
            "IN_FURTHER_EDUCATION", "In further education (college or sixth form)",
            "ON_APPRENTICESHIP", "On an apprenticeship",
            "IN_WORK", "In work",
            "PARENT", "A parent",
            "STAYING_PUT", "Staying put with former foster carers",
            "LIVING_OUTSIDE_AUTHORITY", "Living outside the authority's area",
            "UNACCOMPANIED_ASYLUM_SEEKING", "Came to the UK alone to seek asylum",
            "SETTING_UP_HOME", "Setting up a home of their own");

    static final Map<String, String> FREQUENCIES = ordered(
            "ONCE", "Once",
            "EACH_WEEK", "Each week",
            "EACH_MONTH", "Each month",
            "EACH_YEAR", "Each year");

    static final Map<String, String> NATIONAL = ordered(
            "SETTING_UP_HOME_ALLOWANCE", "the setting-up-home allowance (at least £3,000)",
            "HIGHER_EDUCATION_BURSARY", "the higher-education bursary (at least £2,000)",
            "SIXTEEN_TO_NINETEEN_BURSARY", "the 16 to 19 bursary (up to £1,200 a year)",
            "APPRENTICESHIP_BURSARY", "the care leaver apprenticeship bursary (£3,000)",
            "PERSONAL_ADVISER", "a personal adviser (to the 25th birthday at least)",
            "STAYING_PUT", "staying put (to the 21st birthday at least)",
            "SHARED_ACCOMMODATION_RATE_EXEMPTION", "exemption from the shared accommodation rate (to 25 at least)",
            "UNIVERSAL_CREDIT_BEFORE_EIGHTEEN", "Universal Credit prepared before 18 (from 28 days before)");

    private AuthoringWords() {
    }

    static String area(String area) {
        return AREAS.getOrDefault(area, area);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            words.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(words);
    }
}
