package cn.tuoyu.notifications.control;

import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The unsubscribe tokens under this deployment's master key ({@code app.identity-key}). */
@ApplicationScoped
public class UnsubscribeKeys {

    @Inject
    @ConfigProperty(name = "app.identity-key")
    Optional<String> configuredKey;

    private volatile UnsubscribeTokens tokens;

    public UnsubscribeTokens tokens() {
        UnsubscribeTokens current = tokens;
        if (current == null) {
            String key = configuredKey.filter(k -> !k.isBlank())
                    .orElseThrow(() -> new IllegalStateException("app.identity-key (APP_IDENTITY_KEY) is not set"));
            current = new UnsubscribeTokens(Base64.getDecoder().decode(key.strip()));
            tokens = current;
        }
        return current;
    }
}
