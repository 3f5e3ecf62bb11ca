package app.onward.portal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GovukFrontendStylesheetTest {

    @Test
    void shouldServeGovukFrontendWithoutTheGdsTransportFont() {
        String css = new GovukFrontendStylesheet().stylesheet().getBody();

        assertThat(css).doesNotContain("GDS Transport").doesNotContain("/assets/fonts/")
                .contains(".govuk-skip-link").contains("font-family:arial,sans-serif");
    }
}
