package se.sspf.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.sspf.contracts.EventType;
import se.sspf.contracts.casework.CaseClosed;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec("codec-test");

    @Test
    void theTypeIsReadFromTheEnvelopeAndNotFromTheData() {
        byte[] closing = codec.write(UUID.randomUUID(), Instant.now(), EventType.CASE_CLOSED, "Y-1",
                new CaseClosed(UUID.randomUUID(), "2380", Instant.now(), "the plan's goals are met"));
        byte[] dataFirst = """
                {"data":{"type":"se.sspf.casework.CaseActivated.v1"},"type":"se.sspf.casework.CaseClosed.v1"}"""
                .getBytes(StandardCharsets.UTF_8);

        assertThat(codec.typeOf(closing)).contains(EventType.CASE_CLOSED.type());
        assertThat(codec.typeOf(dataFirst)).contains(EventType.CASE_CLOSED.type());
    }

    @Test
    void aMessageWithoutATypeHasNone() {
        assertThat(codec.typeOf("not an event".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(codec.typeOf("{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(codec.typeOf("[\"type\"]".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(codec.typeOf(null)).isEmpty();
    }
}
