package se.sspf.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import se.sspf.contracts.time.SwedishTime;

/**
 * The messages in Swedish and English. With the youth's name (the consent lets the recipient's
 * agency see it now) a message says what happened; without it a personal notice says only that
 * there is something in the case, and a procedural one speaks of the case code alone.
 */
public final class MessageTemplates {
    private static final DateTimeFormatter SV_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"));
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SV_TIME = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MessageTemplates() {
    }

    /**
     * @param youthName the name, only where the recipient's agency may see it now; else null
     */
    public static Message render(Notice notice, String caseCode, String youthName, Language language, String link) {
        boolean sv = language == Language.SV;
        if (youthName == null && notice.kind().personal()) {
            return new Message(sv ? "Något nytt i ärende " + caseCode : "Something new in case " + caseCode,
                    (sv ? "Det finns något för dig i ärende " + caseCode + "." : "There is something for you in case " + caseCode + ".")
                            + "\n\n" + link);
        }
        String who = youthName == null ? caseCode : youthName + " (" + caseCode + ")";
        String day = notice.day() == null ? "" : (sv ? SV_DAY : EN_DAY).format(notice.day());
        String when = notice.at() == null ? "" : when(notice.at(), sv);
        Message message = switch (notice.kind()) {
            case MEETING_INVITATION -> sv
                    ? new Message("Kallelse till möte om " + who, "Du är kallad till ett möte om " + who + " " + when + ".")
                    : new Message("Invitation to a meeting about " + who, "You are invited to a meeting about " + who + " on " + when + ".");
            case ACTION_ASSIGNED -> sv
                    ? new Message("Ny åtgärd för " + who, "Din myndighet ansvarar för en åtgärd i planen för " + who + ", klar senast " + day + ".")
                    : new Message("New action for " + who, "Your agency is responsible for an action in the plan for " + who + ", due " + day + ".");
            case ACTION_DUE_SOON -> sv
                    ? new Message("Åtgärd snart klar för " + who, "En åtgärd i planen för " + who + " ska vara klar senast " + day + ".")
                    : new Message("Action due soon for " + who, "An action in the plan for " + who + " is due " + day + ".");
            case ACTION_OVERDUE -> sv
                    ? new Message("Försenad åtgärd för " + who, "En åtgärd i planen för " + who + " skulle ha varit klar " + day + ".")
                    : new Message("Overdue action for " + who, "An action in the plan for " + who + " was due " + day + ".");
            case FOLLOW_UP_SCHEDULED -> sv
                    ? new Message("Uppföljning för " + who, "Planen för " + who + " följs upp " + when + ".")
                    : new Message("Follow-up for " + who, "The plan for " + who + " is followed up on " + when + ".");
            case FOLLOW_UP_REMINDER -> sv
                    ? new Message("Påminnelse: uppföljning för " + who, "Planen för " + who + " följs upp " + when + ".")
                    : new Message("Reminder: follow-up for " + who, "The plan for " + who + " is followed up on " + when + ".");
            case CONSENT_EXPIRING -> sv
                    ? new Message("Samtycket går ut för " + who, "Samtycket för " + who + " gäller till och med " + day
                            + ". Förnya det i tid om arbetet ska fortsätta.")
                    : new Message("Consent ending for " + who, "The consent for " + who + " is valid until " + day
                            + ". Renew it in time if the work is to go on.");
            case CONSENT_ENDED -> sv
                    ? new Message("Samtycket gäller inte längre för " + who, "Samtycket för " + who
                            + " gäller inte längre. Sluta dela uppgifter om den unge med de andra myndigheterna.")
                    : new Message("Consent no longer valid for " + who, "The consent for " + who
                            + " is no longer valid. Stop sharing information about the youth with the other agencies.");
            case CASE_CLOSED -> sv
                    ? new Message("Ärendet är avslutat: " + who, "Ärendet " + who
                            + " är avslutat och samtycket är rivet. Dela inga fler uppgifter om den unge.")
                    : new Message("Case closed: " + who, "The case " + who
                            + " is closed and its consent torn up. Share no more information about the youth.");
        };
        return new Message(message.subject(), message.body() + "\n\n" + link);
    }

    private static String when(Instant at, boolean sv) {
        LocalDate date = LocalDate.ofInstant(at, SwedishTime.ZONE);
        String time = (sv ? SV_TIME : EN_TIME).format(at.atZone(SwedishTime.ZONE));
        return sv ? SV_DAY.format(date) + " kl. " + time : EN_DAY.format(date) + " at " + time;
    }
}
