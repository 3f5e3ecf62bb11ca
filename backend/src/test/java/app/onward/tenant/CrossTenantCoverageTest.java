package app.onward.tenant;

import app.onward.testsupport.CrossTenantCase;
import app.onward.testsupport.OnwardIntegrationTest;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every query and mutation of the schema has a cross-tenant test ({@link CrossTenantCase}), and none is stale. */
@OnwardIntegrationTest
class CrossTenantCoverageTest {

    @Autowired
    GraphQlSource graphQl;

    @Test
    void shouldHaveACrossTenantTestForEveryQueryAndMutation() {
        assertThat(uncovered(schemaFields(), coveredFields()))
                .as("Query and Mutation fields without a @CrossTenantCase test")
                .isEmpty();
    }

    @Test
    void shouldNameOnlyFieldsTheSchemaHas() {
        assertThat(uncovered(coveredFields(), schemaFields()))
                .as("@CrossTenantCase names that are not Query or Mutation fields")
                .isEmpty();
    }

    private Set<String> schemaFields() {
        GraphQLSchema schema = graphQl.schema();
        Set<String> fields = new TreeSet<>();
        Stream.of(schema.getQueryType(), schema.getMutationType())
                .filter(type -> type != null)
                .map(GraphQLObjectType::getFieldDefinitions)
                .flatMap(java.util.List::stream)
                .map(GraphQLFieldDefinition::getName)
                .forEach(fields::add);
        return fields;
    }

    private static Set<String> coveredFields() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Test")));
        Set<String> covered = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("app.onward")) {
            Class<?> testClass = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            for (Method method : testClass.getDeclaredMethods()) {
                CrossTenantCase cases = method.getAnnotation(CrossTenantCase.class);
                if (cases != null) {
                    covered.addAll(Arrays.asList(cases.value()));
                }
            }
        }
        return covered;
    }

    private static Set<String> uncovered(Set<String> wanted, Set<String> have) {
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(have);
        return missing;
    }
}
