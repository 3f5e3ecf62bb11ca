package app.onward.portal.caseload;

import app.onward.portal.caseload.Terms.NoticeKind;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.graphql.SignedInBackend;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What is waiting for the signed-in member of staff, newest first. Throws {@link BackendException}. */
@Component
public class Notices {

    /** As many as a person reads in one sitting; more shows as "50 or more". */
    public static final int AT_MOST = 50;

    private static final String UNREAD = """
            query Notices($first: Int!) {
              notices(unreadOnly: true, first: $first) { id kind createdAt read youngPerson { id knownAs familyName } }
            }""";

    private static final String MARK_READ = """
            mutation MarkRead($input: MarkNoticeReadInput!) { markNoticeRead(input: $input) { notice { id read } %s } }
            """.formatted(UserError.FIELDS);

    private final SignedInBackend backend;

    Notices(SignedInBackend backend) {
        this.backend = backend;
    }

    public List<Notice> unread() {
        return backend.fetchList(UNREAD, Map.of("first", AT_MOST), "notices", Notice.class);
    }

    /** True when the backend marked it read. */
    public boolean markRead(String noticeId) {
        return backend.fetch(MARK_READ, Map.of("input", Map.of("noticeId", noticeId)), "markNoticeRead",
                        MarkReadPayload.class)
                .map(payload -> payload.userErrors().isEmpty())
                .orElse(false);
    }

    /** @param youngPerson null when the reader may no longer open their record */
    public record Notice(String id, NoticeKind kind, OffsetDateTime createdAt, boolean read, Person youngPerson) {}

    public record Person(String id, String knownAs, String familyName) {

        public String name() {
            return knownAs + " " + familyName;
        }
    }

    record MarkReadPayload(Read notice, List<UserError> userErrors) {}

    record Read(String id, boolean read) {}
}
