package app.onward.pathwayplan;

import app.onward.graphql.GlobalId;
import app.onward.identity.CurrentUser;
import app.onward.identity.OnwardRole;
import app.onward.youngperson.YoungPersonId;
import graphql.schema.DataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Tests only. Answers {@code youngPeopleForTests} (tests-only.graphqls beside this class: young people
 * by id, no access rule, for counting the batch loaders' statements). And {@code Query.mine} belongs to the young-person feature, built alongside this one; until it is
 * there, this answers {@code mine} for a care-experienced young person so the tests can read {@code mine { plan }}.
 * A default data fetcher is used only for a field nobody else serves, so once the real {@code mine} exists this
 * does nothing (and can be deleted).
 */
@Component
class FieldsUntilTheYoungPersonFeatureServesThem implements RuntimeWiringConfigurer {

    @Override
    public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
    }

    @Override
    public void configure(graphql.schema.idl.RuntimeWiring.Builder builder, List<WiringFactory> container) {
        container.add(new WiringFactory() {
            @Override
            public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
                if (!environment.getParentType().getName().equals("Query")) {
                    return null;
                }
                return switch (environment.getFieldDefinition().getName()) {
                    case "mine" -> fetch -> CurrentUser.find().filter(user -> user.has(OnwardRole.CARE_LEAVER))
                            .map(user -> Map.of()).orElse(null);
                    case "youngPeopleForTests" -> fetch -> fetch.<List<String>>getArgument("ids").stream()
                            .map(id -> GlobalId.parse("YoungPerson", id).orElseThrow())
                            .map(id -> new PlanViews.YoungPersonReference(new YoungPersonId(id)))
                            .toList();
                    default -> null;
                };
            }
        });
    }
}
