package app.onward.pathwayplan;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Tests only: adds tests-only.graphqls (served by {@link FieldsUntilTheYoungPersonFeatureServesThem}) to the schema. */
@Component
class TestsOnlySchema implements GraphQlSourceBuilderCustomizer {

    @Override
    public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
        builder.schemaResources(new ClassPathResource("app/onward/pathwayplan/tests-only.graphqls"));
    }
}
