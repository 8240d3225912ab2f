package cn.tuoyu.platform.web;

import java.io.IOException;
import java.net.URI;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.tuoyu.platform.problems.Problems;

/**
 * Headers every answer carries, pages, files, API answers and problems alike: a Content-Security-Policy, no MIME
 * sniffing, no referrer beyond the origin, and framing by the app itself only (Keycloak's silent sign-in check runs
 * {@code silent-check-sso.html} in a frame of the app).
 *
 * <p>The app's policy fits what the web app does: ES modules and styles from the app only (no inline script or
 * style), keycloak-js calling and framing the configured Keycloak ({@code keycloak.url}, i.e. {@code KEYCLOAK_URL}),
 * QR codes shown as {@code blob:} and {@code data:} images, the camera through {@code getUserMedia}. API answers get
 * a stricter one: nothing may run; only the printable voucher's own inline style and its {@code data:} QR image load.
 *
 * <p>{@code OPTIONS} is answered 405 with a fixed {@code Allow} header, the same for every path, so it does not
 * describe the resources (neither does WADL: it is switched off in the JAX-RS application).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String API_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String ALLOW = "GET, HEAD, POST, PUT, DELETE";

    @Inject
    @ConfigProperty(name = "keycloak.url")
    String keycloakUrl;

    private String appPolicy;

    @Override
    public void init() {
        appPolicy = appPolicy(keycloakUrl);
    }

    /** The policy of the app's pages, allowing the Keycloak at this URL (its origin). */
    static String appPolicy(String keycloakUrl) {
        String keycloak = origin(keycloakUrl);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
                + "connect-src 'self' " + keycloak + "; frame-src 'self' " + keycloak + "; "
                + "media-src 'self' blob: mediastream:; object-src 'none'; base-uri 'self'; "
                + "form-action 'self' " + keycloak + "; frame-ancestors 'self'";
    }

    static String origin(String url) {
        URI uri = URI.create(url.strip());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.equals("/api");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : appPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", api ? "DENY" : "SAMEORIGIN");
        if (request.getDispatcherType() == DispatcherType.REQUEST && "OPTIONS".equals(request.getMethod())) {
            response.setHeader("Allow", ALLOW);
            ProblemServlet.write(response, Problems.forStatus(405), null);
            return;
        }
        chain.doFilter(request, response);
    }
}
