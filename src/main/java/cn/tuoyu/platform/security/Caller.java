package cn.tuoyu.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the verified access token. Residents are known by the token subject (Keycloak's stable
 * user id); facility staff carry a {@code facility_id} claim, health staff a {@code district} claim.
 */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    public String subject() {
        return token.getSubject();
    }

    public String username() {
        return token.getName();
    }

    /** The person's name for lists others see (Keycloak's {@code name} claim), else their username. */
    public String displayName() {
        return claim("name").orElseGet(this::username);
    }

    public Set<String> roles() {
        Set<String> groups = token.getGroups();
        Set<String> known = new TreeSet<>();
        for (String role : Set.of(Roles.RESIDENT, Roles.FACILITY, Roles.HEALTH_COMMISSION,
                Roles.VISIT_COORDINATOR)) {
            if (groups != null && groups.contains(role)) {
                known.add(role);
            }
        }
        return known;
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The facility a staff member is bound to, from the Keycloak user attribute {@code facility_id}. */
    public Optional<String> facilityId() {
        return claim("facility_id");
    }

    /** The district code a health-commission member is bound to, from the Keycloak user attribute {@code district}. */
    public Optional<String> district() {
        return claim("district");
    }

    /** The verified mobile number (Keycloak's {@code phone_number} claim: a resident's username), if any. */
    public Optional<String> phoneNumber() {
        return claim("phone_number");
    }

    /** The e-mail address the token carries ({@code email} claim), if any. */
    public Optional<String> email() {
        return claim("email");
    }

    /** The facility id, or a 403 problem when the token carries none. */
    public String requireFacilityId() {
        return facilityId().orElseThrow(() -> new MissingScopeException("facility_id"));
    }

    /** The district code, or a 403 problem when the token carries none. */
    public String requireDistrict() {
        return district().orElseThrow(() -> new MissingScopeException("district"));
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
