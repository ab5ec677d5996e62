package se.sspf.consent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The gatekeeper: the only writer of consent, and the authority on whether a youth's information may pass from one agency to another. */
@SpringBootApplication
@EnableScheduling
public class ConsentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsentServiceApplication.class, args);
    }
}
