package se.sspf.notification.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.contracts.Role;
import se.sspf.notification.delivery.DeliveryStore;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * An agency's administrator subscribes the agency's system to its notifications, sees the
 * deliveries that gave up (the dead letters) and sends them again. Each agency sees its own only.
 */
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionController {

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final boolean allowHttp;
    private final Clock clock;

    SubscriptionController(SubscriptionStore subscriptions, DeliveryStore deliveries,
                           @Value("${sspf.notification.webhook.allow-http}") boolean allowHttp, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.allowHttp = allowHttp;
        this.clock = clock;
    }

    record NewSubscription(@NotBlank @Size(max = 2000) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http(s) URL") String url) {
    }

    /** The secret is shown here once; keep it in the agency system to verify the signatures. */
    record Created(UUID id, String url, String secret) {
    }

    record Listed(UUID id, String url) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created subscribe(Caller caller, @Valid @RequestBody NewSubscription subscription) {
        requireAdmin(caller);
        if (!allowHttp && !subscription.url().startsWith("https://")) {
            // A delivery may name the youth: it travels encrypted. Plain http is for the local stack.
            throw ApiProblem.ruleBroken("https-only", "url", "an agency system's endpoint is an https URL");
        }
        SubscriptionStore.Subscription added = subscriptions.add(caller.municipality(), caller.agency(),
                subscription.url(), caller.subject(), Instant.now(clock));
        return new Created(added.id(), added.url(), added.secret());
    }

    @GetMapping
    List<Listed> list(Caller caller) {
        requireAdmin(caller);
        return subscriptions.of(caller.municipality(), caller.agency()).stream().map(s -> new Listed(s.id(), s.url())).toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> end(Caller caller, @PathVariable UUID id) {
        requireAdmin(caller);
        if (!subscriptions.end(id, caller.municipality(), caller.agency())) {
            throw ApiProblem.notFound("the subscription");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/dead-letters")
    List<DeliveryStore.DeadLetter> deadLetters(Caller caller) {
        requireAdmin(caller);
        return deliveries.deadTo(subscriptions.idsEverOf(caller.municipality(), caller.agency()));
    }

    @PostMapping("/dead-letters/{id}/redelivery")
    ResponseEntity<Void> redeliver(Caller caller, @PathVariable UUID id) {
        requireAdmin(caller);
        if (!deliveries.redeliver(id, subscriptions.idsEverOf(caller.municipality(), caller.agency()))) {
            throw ApiProblem.notFound("the dead letter");
        }
        return ResponseEntity.accepted().build();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.hasRole(Role.ADMIN) || caller.agency() == null) {
            throw ApiProblem.forbidden("an agency's administrator manages its subscriptions");
        }
    }
}
