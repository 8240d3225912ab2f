package cn.tuoyu.platform.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the browser needs to start a Keycloak login: where Keycloak is, the realm and the public client. */
@Path("client-config")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ClientConfigResource {

    public record ClientConfigView(String keycloakUrl, String realm, String clientId) {
    }

    @Inject
    @ConfigProperty(name = "keycloak.url")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "keycloak.realm")
    String realm;

    @Inject
    @ConfigProperty(name = "keycloak.client-id")
    String clientId;

    @GET
    public ClientConfigView config() {
        return new ClientConfigView(keycloakUrl, realm, clientId);
    }
}
