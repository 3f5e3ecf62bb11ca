package app.onward.identity;

import app.onward.tenant.Tenant;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class MeController {

    @QueryMapping
    SignedInUser me() {
        return CurrentUser.require();
    }

    /** Null for platform operators, whose realm belongs to no authority. */
    @SchemaMapping(typeName = "Me")
    Tenant authority(SignedInUser me) {
        return me.tenant().orElse(null);
    }
}
