package app.onward.pathwayplan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Tests only: the plan events published, whatever thread the request ran on. */
@Component
class RecordedPlanEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void signedOff(PathwayPlanSignedOff event) {
        events.add(event);
    }

    @EventListener
    void responded(YoungPersonRespondedToPlan event) {
        events.add(event);
    }

    <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
