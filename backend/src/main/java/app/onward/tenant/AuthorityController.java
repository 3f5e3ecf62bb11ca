package app.onward.tenant;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

/** Public facts about the authorities on Onward: who they are and where their users sign in. */
@Controller
class AuthorityController {

    private final TenantDirectory directory;

    AuthorityController(TenantDirectory directory) {
        this.directory = directory;
    }

    @QueryMapping
    List<Tenant> authorities() {
        return directory.active();
    }

    @QueryMapping
    Tenant authority(@Argument String slug) {
        return directory.findActiveBySlug(slug).orElse(null);
    }

    @SchemaMapping(typeName = "Authority")
    String signInIssuer(Tenant tenant) {
        return tenant.issuer();
    }
}
