package app.onward.infra.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/** The realm files against the contract (README.md, docs/decisions/0003-a-realm-per-authority.md), without a server. */
class RealmFilesTest {

    @Test
    void indexListsEveryRealmFile() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader().getResource("keycloak/realms").toURI());
        List<String> files;
        try (Stream<Path> all = Files.list(folder)) {
            files = all.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json")).toList();
        }

        assertThat(RealmFiles.realms()).extracting(realm -> realm.path("realm").asText() + ".json")
                .containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void demoUsersAreTheContractsOnesEachWithItsOneRole() {
        Map<String, String> roleByUsername = DemoSignIns.all().stream()
                .collect(Collectors.toMap(DemoSignIn::username, DemoSignIn::role));

        assertThat(roleByUsername).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("platform.admin", "platform-admin"),
                Map.entry("northmoor.careleaver", "care-leaver"),
                Map.entry("northmoor.careleaver2", "care-leaver"),
                Map.entry("northmoor.adviser", "personal-adviser"),
                Map.entry("northmoor.adviser2", "personal-adviser"),
                Map.entry("northmoor.manager", "team-manager"),
                Map.entry("northmoor.youthvoice", "youth-voice-worker"),
                Map.entry("northmoor.leader", "leader"),
                Map.entry("northmoor.admin", "tenant-admin"),
                Map.entry("wealdshire.careleaver", "care-leaver"),
                Map.entry("wealdshire.adviser", "personal-adviser"),
                Map.entry("wealdshire.manager", "team-manager"),
                Map.entry("wealdshire.youthvoice", "youth-voice-worker"),
                Map.entry("wealdshire.leader", "leader"),
                Map.entry("wealdshire.admin", "tenant-admin")));
        assertThat(DemoSignIns.all()).allSatisfy(demo -> {
            assertThat(demo.password()).isEqualTo("Onward-demo-1");
            assertThat(demo.realm()).isEqualTo("onward-" + demo.username().substring(0, demo.username().indexOf('.')));
        });
    }

    @Test
    void authoritiesAreNamedAsInTheContract() {
        assertThat(DemoSignIns.all()).extracting(DemoSignIn::realm, DemoSignIn::authorityName).contains(
                tuple("onward-northmoor", "Northmoor City Council"),
                tuple("onward-wealdshire", "Wealdshire County Council"));
    }

    @Test
    void realmFilesNeverContainTheDevClient() {
        List<RealmRepresentation> realms = RealmImporter.forPortal("https://portal.example", "secret").realms();

        assertThat(realms).flatExtracting(RealmRepresentation::getClients).extracting(ClientRepresentation::getClientId)
                .containsOnly("onward-portal");
    }

    @Test
    void importerFillsInThePortalUrlAndSecret() {
        List<RealmRepresentation> realms = RealmImporter.forPortal("https://portal.example/", "s3cret").realms();

        assertThat(realms).flatExtracting(RealmRepresentation::getClients).allSatisfy(portal -> {
            assertThat(portal.getSecret()).isEqualTo("s3cret");
            assertThat(portal.getRedirectUris()).containsExactly("https://portal.example/*");
            assertThat(portal.getAttributes()).containsEntry("post.logout.redirect.uris", "https://portal.example/*");
        });
    }
}
