package app.onward;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OnwardBackend {

    public static void main(String[] args) {
        SpringApplication.run(OnwardBackend.class, args);
    }
}
