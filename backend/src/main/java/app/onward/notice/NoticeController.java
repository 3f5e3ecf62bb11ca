package app.onward.notice;

import app.onward.graphql.GlobalId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

@Controller
class NoticeController {

    private final Notices notices;

    NoticeController(Notices notices) {
        this.notices = notices;
    }

    record MarkNoticeReadInput(String noticeId) {}

    @QueryMapping
    List<Notice> notices(@Argument Boolean unreadOnly, @Argument Integer first) {
        return notices.mine(unreadOnly == null || unreadOnly, first == null ? 20 : first);
    }

    @MutationMapping
    Notices.MarkReadResult markNoticeRead(@Argument MarkNoticeReadInput input) {
        return notices.markRead(input.noticeId());
    }

    @SchemaMapping(typeName = "Notice")
    String id(Notice notice) {
        return GlobalId.of(Notices.TYPE, notice.id());
    }
}
