package app.onward.portal.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A public page's address starts with the authority's slug; the signed-in views' addresses start with "staff" or
 * "my", which must never be read as an authority's (GET /staff/offer is the offer editor, not the offer of an
 * authority called "staff").
 */
class AuthorityTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "northmoor, true",
            "wealdshire, true",
            "st-helens-2, true",
            "staff, false",
            "my, false",
            "staffordshire, true",
            "myton, true",
            "Northmoor, false",
            "-northmoor, false",
            "'', false"})
    void shouldTellASlugFromTheSignedInViewsAddresses(String candidate, boolean slug) {
        assertThat(Authority.couldBeSlug(candidate)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "/{0}/offer: {1}")
    @CsvSource({"northmoor, true", "staffordshire, true", "Not_A_Slug, true", "staff, false", "my, false"})
    void shouldLeaveTheSignedInViewsAddressesToThem(String first, boolean publicPage) {
        assertThat(PathPatternParser.defaultInstance.parse("/" + Authority.SLUG_IN_PATH + "/offer")
                .matches(PathContainer.parsePath("/" + first + "/offer")))
                .as("the public offer page's mapping claims it").isEqualTo(publicPage);
    }
}
