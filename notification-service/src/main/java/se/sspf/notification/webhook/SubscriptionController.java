package se.sspf.notification.webhook;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
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
import se.sspf.notification.store.DeliveryStore;
import se.sspf.notification.store.SubscriptionStore;
import se.sspf.platform.security.Caller;

/** The agencies' subscriptions, their test pings and their dead letters over HTTP ({@link Subscriptions}). */
@Tag(name = "Notifications")
@RestController
@RequestMapping("/api/subscriptions")
@RequiredArgsConstructor
class SubscriptionController {

    private final Subscriptions subscriptions;

    /** @param eventTypes the webhook types wanted ({@code se.sspf.notification.<Kind>.v1}); none or absent: all */
    record NewSubscription(@NotBlank @Size(max = 2000)
                           @Pattern(regexp = "https?://[^\\s]+", message = "must be an http(s) URL") String url,
                           @Nullable @Size(max = 20) List<@NotNull String> eventTypes) {
    }

    /** The secret is shown here once; keep it in the agency system to verify the signatures. */
    record Created(UUID id, String url, List<String> eventTypes, String secret) {
    }

    record Listed(UUID id, String url, List<String> eventTypes) {
    }

    /** @param id the id of the CloudEvent the system will receive */
    record PingQueued(UUID id) {
    }

    @Operation(operationId = "subscribeWebhook",
            summary = "Subscribe the caller's agency's system to the case events by webhook",
            description = "By the agency's administrator or the agency's own system. The answer shows the signing "
            + "secret once. Events of the types asked for (none: every type) are delivered asynchronously as "
            + "signed CloudEvents.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created subscribe(Caller caller, @Valid @RequestBody NewSubscription subscription) {
        SubscriptionStore.Subscription added = subscriptions.subscribe(caller, subscription.url(),
                subscription.eventTypes() == null ? List.of() : subscription.eventTypes());
        return new Created(added.id(), added.url(), added.eventTypes(), added.secret());
    }

    @Operation(operationId = "listSubscriptions",
            summary = "The caller's agency's webhook subscriptions")
    @GetMapping
    List<Listed> list(Caller caller) {
        return subscriptions.of(caller).stream().map(s -> new Listed(s.id(), s.url(), s.eventTypes())).toList();
    }

    @Operation(operationId = "pingSubscription",
            summary = "Send a signed test ping to a webhook subscription",
            description = "A CloudEvent of type se.sspf.notification.Ping.v1, delivered asynchronously, signed and "
            + "retried as every webhook.")
    @ApiResponse(responseCode = "202", description = "queued for delivery")
    @PostMapping("/{id}/ping")
    @ResponseStatus(HttpStatus.ACCEPTED)
    PingQueued ping(Caller caller, @PathVariable UUID id) {
        return new PingQueued(subscriptions.ping(caller, id));
    }

    @Operation(operationId = "endSubscription",
            summary = "End a webhook subscription")
    @ApiResponse(responseCode = "204", description = "ended")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> end(Caller caller, @PathVariable UUID id) {
        subscriptions.end(caller, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "listDeadLetters",
            summary = "Deliveries to the caller's agency that failed for good")
    @GetMapping("/dead-letters")
    List<DeliveryStore.DeadLetter> deadLetters(Caller caller) {
        return subscriptions.deadLetters(caller);
    }

    @Operation(operationId = "redeliverDeadLetter",
            summary = "Deliver a dead letter again",
            description = "The delivery is tried again asynchronously; a new failure makes it a dead letter again.")
    @ApiResponse(responseCode = "202", description = "accepted for delivery")
    @PostMapping("/dead-letters/{id}/redelivery")
    ResponseEntity<Void> redeliver(Caller caller, @PathVariable UUID id) {
        subscriptions.redeliver(caller, id);
        return ResponseEntity.accepted().build();
    }
}
