package se.sspf.platform.audit;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
class AuditTestApplication {
}
