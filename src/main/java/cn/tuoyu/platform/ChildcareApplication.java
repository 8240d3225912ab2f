package cn.tuoyu.platform;

import java.util.Map;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import cn.tuoyu.platform.security.Roles;

/**
 * The REST API lives under {@code /api}. Bearer tokens are Keycloak access tokens verified with MicroProfile JWT.
 * The class is a CDI bean so that {@code JsonWebToken} can be injected (Payara issue #6252).
 */
@ApplicationScoped
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.RESIDENT, Roles.FACILITY, Roles.HEALTH_COMMISSION})
@OpenAPIDefinition(info = @Info(title = "Childcare family platform API", version = "1"))
public class ChildcareApplication extends Application {

    /** WADL off: {@code /api/application.wadl} would describe every resource to anyone. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
