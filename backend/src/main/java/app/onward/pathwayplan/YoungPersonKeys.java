package app.onward.pathwayplan;

import app.onward.pathwayplan.PlanViews.YoungPersonReference;
import app.onward.youngperson.YoungPersonId;

import java.lang.reflect.RecordComponent;

/**
 * This feature adds fields to {@code YoungPerson}, whose Java type the young-person feature owns (and was
 * written alongside this one). A source of that type is any record with a {@link YoungPersonId} component;
 * this feature's own {@link YoungPersonReference} is one too.
 */
final class YoungPersonKeys {

    private YoungPersonKeys() {
    }

    static YoungPersonId idOf(Object youngPerson) {
        if (youngPerson instanceof YoungPersonReference reference) {
            return reference.youngPerson();
        }
        if (youngPerson instanceof YoungPersonId id) {
            return id;
        }
        if (youngPerson instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getType() == YoungPersonId.class) {
                    try {
                        return (YoungPersonId) component.getAccessor().invoke(record);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("Cannot read the young person's id", e);
                    }
                }
            }
        }
        throw new IllegalArgumentException("Not a young person: " + youngPerson.getClass().getName());
    }
}
