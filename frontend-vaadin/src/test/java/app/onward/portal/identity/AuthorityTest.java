package app.onward.portal.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertThat(PathPatternParser.defaultInstance.parse("/" + Authority.SLUG_IN_PATH + "/offer")
                .matches(org.springframework.http.server.PathContainer.parsePath("/" + candidate + "/offer")))
                .as("the public offer page's mapping").isEqualTo(slug);
    }
}
