package vn.hoclieu.core.account.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * PBKDF2 with the strength OWASP recommends in 2025 for HMAC-SHA-512 (210,000 iterations), a
 * 32-byte salt and a 64-byte key. The container's default is 2,048 iterations, far too weak.
 * Verification reads the parameters from the stored hash, so raising them later still verifies
 * old hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    /** A valid hash of a random secret: unknown usernames are verified against it, so they cost as much time as known ones. */
    private String decoy;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void strengthen() {
        hash.initialize(PARAMETERS);
        decoy = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification and answers false. */
    public boolean matchesNothing(String password) {
        hash.verify(password.toCharArray(), decoy);
        return false;
    }
}
