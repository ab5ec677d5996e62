package se.sspf.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.sspf.contracts.WebhookType;
import se.sspf.notification.domain.Language;
import se.sspf.notification.domain.MessageTemplates;
import se.sspf.notification.domain.Notice;
import se.sspf.notification.domain.NoticeKind;
import se.sspf.notification.message.Composed;
import se.sspf.platform.caseview.CaseRecord;
import se.sspf.testsupport.ContractSchemas;

/** Every kind of notice, named and nameless, leaves as the webhook schema published for it says. */
class WebhookPayloadTest {

    private static final CaseRecord CASE = new CaseRecord(UUID.randomUUID(), "2380", "SSPF-7Q2M9X", "Y-7Q2M9X4K",
            CaseRecord.Status.ACTIVE, List.of());
    private static final String LINK = "http://127.0.0.1:8080/cases/" + CASE.caseId();

    @Test
    void theCatalogueHasAWebhookTypeForEveryKindOfNoticeAndNoOther() {
        assertThat(Arrays.stream(WebhookType.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(NoticeKind.values()).map(Enum::name).toList());
    }

    /** The ping is about no case: PingPayload writes it, and AgencySystemSubscriptionsTest checks it. */
    @ParameterizedTest
    @EnumSource(value = NoticeKind.class, mode = EnumSource.Mode.EXCLUDE, names = "PING")
    void aNoticeThatMayNameTheYouthConformsToItsSchemaWithTheName(NoticeKind kind) {
        String payload = payloadOf(kind, kind.mayName() ? "Kim Andersson" : null);

        assertThat(payload).contains("\"type\":\"" + WebhookType.valueOf(kind.name()).type() + "\"");
        assertThat(ContractSchemas.violations(WebhookType.valueOf(kind.name()), payload)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = NoticeKind.class, mode = EnumSource.Mode.EXCLUDE, names = "PING")
    void aNamelessNoticeConformsToItsSchema(NoticeKind kind) {
        String payload = payloadOf(kind, null);

        assertThat(ContractSchemas.violations(WebhookType.valueOf(kind.name()), payload)).isEmpty();
        assertThat(ContractSchemas.webhookViolations(payload)).isEmpty();
    }

    /** The dates the service gives each kind: a meeting's or follow-up's time, an action's or consent's day. */
    private static String payloadOf(NoticeKind kind, @Nullable String name) {
        Instant at = switch (kind) {
            case MEETING_INVITATION, FOLLOW_UP_SCHEDULED, FOLLOW_UP_REMINDER -> Instant.parse("2026-12-10T13:00:00Z");
            default -> null;
        };
        LocalDate day = switch (kind) {
            case ACTION_ASSIGNED, ACTION_DUE_SOON, ACTION_OVERDUE, CONSENT_EXPIRING -> LocalDate.of(2027, 1, 15);
            default -> null;
        };
        Notice notice = new Notice(UUID.randomUUID(), kind, CASE.caseId(), at, day);
        Composed composed = new Composed(CASE,
                MessageTemplates.render(notice, CASE.caseCode(), name, Language.SV, LINK), name, LINK);
        return WebhookPayload.of(notice, composed, Instant.parse("2026-12-03T07:15:02Z"));
    }
}
