package se.sspf.casework.identity;

import se.sspf.casework.domain.SealedIdentity;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
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
 * service refuses to start without one. Keys rotate: the retired ones stay readable
 * ({@code SSPF_CASE_IDENTITY_PREVIOUS_KEYS}, {@code id:base64,...}) until {@link IdentityRewrap} has
 * sealed every identity again with the current key.
 */
@Component
public class IdentityVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String keyId;
    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    IdentityVault(@Value("${sspf.case.identity-key:}") String base64Key,
            @Value("${sspf.case.identity-key-id:1}") String keyId,
            @Value("${sspf.case.identity-previous-keys:}") String previousKeys) {
        if (base64Key.isBlank()) {
            throw new IllegalStateException("SSPF_CASE_IDENTITY_KEY is not set: identities are never stored "
                    + "unencrypted");
        }
        this.keyId = keyId;
        keys.put(keyId, aesKey("SSPF_CASE_IDENTITY_KEY", base64Key));
        for (String previous : previousKeys.split(",")) {
            if (!previous.isBlank()) {
                String[] idAndKey = previous.trim().split(":", 2);
                if (idAndKey.length != 2 || idAndKey[0].equals(keyId)) {
                    throw new IllegalStateException("SSPF_CASE_IDENTITY_PREVIOUS_KEYS must be id:base64 pairs, none "
                            + "with the current key's id");
                }
                keys.put(idAndKey[0], aesKey("SSPF_CASE_IDENTITY_PREVIOUS_KEYS (" + idAndKey[0] + ")", idAndKey[1]));
            }
        }
    }

    private static SecretKeySpec aesKey(String setting, String base64Key) {
        byte[] raw = Base64.getDecoder().decode(base64Key.trim());
        if (raw.length != 32) {
            throw new IllegalStateException(setting + " must be 32 bytes (AES-256), base64-encoded");
        }
        return new SecretKeySpec(raw, "AES");
    }

    /** The id of the key new identities are sealed with; anything else is to be sealed again. */
    public String currentKeyId() {
        return keyId;
    }

    public SealedIdentity seal(UUID caseId, YouthIdentity identity) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] name = identity.name().getBytes(StandardCharsets.UTF_8);
        byte[] number = identity.number().value().getBytes(StandardCharsets.UTF_8);
        byte[] plain = ByteBuffer.allocate(4 + name.length + number.length).putInt(name.length).put(name).put(number)
                .array();
        return new SealedIdentity(keyId, nonce, crypt(Cipher.ENCRYPT_MODE, keys.get(keyId), caseId, nonce, plain));
    }

    public YouthIdentity open(UUID caseId, SealedIdentity sealed) {
        SecretKeySpec key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("no identity key with id " + sealed.keyId()
                    + ": add it to SSPF_CASE_IDENTITY_PREVIOUS_KEYS");
        }
        ByteBuffer plain = ByteBuffer.wrap(crypt(Cipher.DECRYPT_MODE, key, caseId, sealed.nonce(),
                sealed.ciphertext()));
        byte[] name = new byte[plain.getInt()];
        plain.get(name);
        byte[] number = new byte[plain.remaining()];
        plain.get(number);
        return new YouthIdentity(new String(name, StandardCharsets.UTF_8),
                PersonalIdentityNumber.parse(new String(number, StandardCharsets.UTF_8)));
    }

    private static byte[] crypt(int mode, SecretKeySpec key, UUID caseId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(caseId.toString().getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the identity could not be "
                    + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }
}
