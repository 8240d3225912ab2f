package cn.tuoyu.families.control;

import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity cipher with its key from configuration: {@code app.identity-key} (environment
 * {@code APP_IDENTITY_KEY}), base64 of 32 random bytes. The key is never in the repository; without it, registering
 * a child fails with a server error rather than storing a number unprotected.
 */
@ApplicationScoped
public class IdentityProtection {

    @Inject
    @ConfigProperty(name = "app.identity-key")
    Optional<String> configuredKey;

    private volatile IdentityCipher cipher;

    public IdentityCipher cipher() {
        IdentityCipher current = cipher;
        if (current == null) {
            String key = configuredKey.filter(k -> !k.isBlank())
                    .orElseThrow(() -> new IllegalStateException("app.identity-key (APP_IDENTITY_KEY) is not set"));
            current = new IdentityCipher(Base64.getDecoder().decode(key.strip()));
            cipher = current;
        }
        return current;
    }
}
