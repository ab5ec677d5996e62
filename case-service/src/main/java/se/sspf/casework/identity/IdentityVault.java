package se.sspf.casework.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.sspf.casework.domain.PersonalIdentityNumber;
import se.sspf.casework.domain.YouthIdentity;

/**
 * Encrypts a youth's identity for the database with AES-256-GCM, the case id bound in as associated
 * data so that a row moved to another case does not decrypt. The key comes from the environment
 * ({@code SSPF_CASE_IDENTITY_KEY}, 32 bytes in base64, with {@code SSPF_CASE_IDENTITY_KEY_ID}); the
 * service refuses to start without one.
 */
@Component
public class IdentityVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    IdentityVault(@Value("${sspf.case.identity-key:}") String base64Key, @Value("${sspf.case.identity-key-id:1}") String keyId) {
        if (base64Key.isBlank()) {
            throw new IllegalStateException("SSPF_CASE_IDENTITY_KEY is not set: identities are never stored unencrypted");
        }
        byte[] raw = Base64.getDecoder().decode(base64Key);
        if (raw.length != 32) {
            throw new IllegalStateException("SSPF_CASE_IDENTITY_KEY must be 32 bytes (AES-256), base64-encoded");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.keyId = keyId;
    }

    public Sealed seal(UUID caseId, YouthIdentity identity) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] name = identity.name().getBytes(StandardCharsets.UTF_8);
        byte[] number = identity.number().value().getBytes(StandardCharsets.UTF_8);
        byte[] plain = ByteBuffer.allocate(4 + name.length + number.length).putInt(name.length).put(name).put(number).array();
        return new Sealed(keyId, nonce, crypt(Cipher.ENCRYPT_MODE, caseId, nonce, plain));
    }

    public YouthIdentity open(UUID caseId, Sealed sealed) {
        ByteBuffer plain = ByteBuffer.wrap(crypt(Cipher.DECRYPT_MODE, caseId, sealed.nonce(), sealed.ciphertext()));
        byte[] name = new byte[plain.getInt()];
        plain.get(name);
        byte[] number = new byte[plain.remaining()];
        plain.get(number);
        return new YouthIdentity(new String(name, StandardCharsets.UTF_8),
                PersonalIdentityNumber.parse(new String(number, StandardCharsets.UTF_8)));
    }

    private byte[] crypt(int mode, UUID caseId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(caseId.toString().getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the identity could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }

    /** An identity as stored: which key, the nonce, and the ciphertext with its tag. */
    public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {
    }
}
