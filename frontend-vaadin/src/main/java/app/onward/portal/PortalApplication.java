package app.onward.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * The portal: public offer pages (Spring MVC and Thymeleaf) and the signed-in views (Vaadin Flow), both
 * clients of the backend's GraphQL API.
 * <p>
 * The signed-in views use stock Vaadin components with Lumo and one plain stylesheet served as a static file,
 * so Vaadin serves its pre-built bundle and the build needs no Node (frontend-vaadin/README.md, "Decisions").
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("portal.css")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
