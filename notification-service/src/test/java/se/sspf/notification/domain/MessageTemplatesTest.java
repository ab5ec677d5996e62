package se.sspf.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class MessageTemplatesTest {

    private static final String LINK = "https://sspf.kommun.se/cases/1";

    @Test
    void withTheNameAMessageSaysWhatHappenedInTheReadersLanguage() {
        Notice meeting = new Notice(UUID.randomUUID(), NoticeKind.MEETING_INVITATION, UUID.randomUUID(),
                Instant.parse("2026-12-03T12:00:00Z"), null);

        assertThat(MessageTemplates.render(meeting, "SSPF-7K2Q9M", "Kim Andersson", Language.SV, LINK))
                .isEqualTo(new Message("Kallelse till möte om Kim Andersson (SSPF-7K2Q9M)",
                "Du är kallad till ett möte om Kim Andersson (SSPF-7K2Q9M) 3 december 2026 kl. 13.00.\n\n" + LINK));
        assertThat(MessageTemplates.render(meeting, "SSPF-7K2Q9M", "Kim Andersson", Language.EN, LINK).body())
                .startsWith("You are invited to a meeting about Kim Andersson (SSPF-7K2Q9M)"
                        + " on 3 December 2026 at 13:00.");
    }

    @Test
    void withoutTheNameAPersonalNoticeSaysOnlyThatThereIsSomethingInTheCase() {
        for (NoticeKind kind : Arrays.stream(NoticeKind.values()).filter(NoticeKind::personal).toList()) {
            Notice notice = new Notice(UUID.randomUUID(), kind, UUID.randomUUID(),
                    Instant.parse("2026-12-03T12:00:00Z"), LocalDate.of(2026, 12, 3));

            assertThat(MessageTemplates.render(notice, "SSPF-7K2Q9M", null, Language.SV, LINK))
                    .isEqualTo(new Message("Något nytt i ärende SSPF-7K2Q9M",
                            "Det finns något för dig i ärende SSPF-7K2Q9M.\n\n" + LINK));
        }
    }

    @Test
    void aProceduralNoticeIsToldWithTheCaseCodeAlone() {
        Notice ended = new Notice(UUID.randomUUID(), NoticeKind.CONSENT_ENDED, UUID.randomUUID(), null, null);

        assertThat(MessageTemplates.render(ended, "SSPF-7K2Q9M", null, Language.SV, LINK).body())
                .startsWith("Samtycket för SSPF-7K2Q9M gäller inte längre. Sluta dela uppgifter");
    }
}
