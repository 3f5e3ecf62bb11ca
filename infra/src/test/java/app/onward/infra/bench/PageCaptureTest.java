package app.onward.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the report says the page held and what its raw SQL read, from the capture. */
class PageCaptureTest {

    @Test
    void shouldNameTheTableEachCapturedStatementReads() {
        List<String> statements = List.of(
                "select \"onward\".\"offer_version\".\"id\" from \"onward\".\"offer_version\" where \"onward\".\"offer_version\".\"status\" = 'PUBLISHED' limit 1",
                "select \"onward\".\"offer_section\".\"id\"\nfrom \"onward\".\"offer_section\" order by 1",
                "SELECT x FROM \"onward\".\"entitlement\"",
                "commit");

        assertThat(PageCapture.tablesRead(statements)).isEqualTo("offer_version, offer_section, entitlement, commit");
    }

    @Test
    void shouldCountTheOffersSectionsAndEntitlementsWithoutAnyOfTheirText() throws Exception {
        var offer = new ObjectMapper().readTree("""
                {"version": 2, "title": "Our offer",
                 "sections": [{"title": "Money", "entitlements": [{"id": "a"}, {"id": "b"}]}, {"entitlements": [{"id": "c"}]}],
                 "entitlements": [{"id": "a"}, {"id": "b"}, {"id": "c"}]}""");

        assertThat(PageCapture.answerInWords("offer", offer, 123_456))
                .isEqualTo("version 2, 2 sections holding 3 entitlements, and the list of all 3 again; 123,456 bytes of JSON");
    }
}
