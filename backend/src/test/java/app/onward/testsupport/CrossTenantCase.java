package app.onward.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that proves a user of one authority cannot read or change another's data through the named
 * Query or Mutation fields. {@code CrossTenantCoverageTest} fails while any field of the schema has none, so a
 * new query or mutation joins the cross-tenant suite in the change that adds it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CrossTenantCase {

    /** Query or Mutation field names, e.g. {@code "youngPerson"}, {@code "savePathwayPlan"}. */
    String[] value();
}
