package cn.tuoyu.platform.metrics;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times every API request by endpoint template and status, counts the outcomes of the operations a surge is about,
 * and counts the problems JAX-RS answered by type.
 */
@Provider
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = RequestMetrics.class.getName() + ".started";
    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"urn:tuoyu:problem:([a-z0-9-]+)\"");

    /** The operations money or fairness depend on, by endpoint, and the counter their outcomes go to. */
    private static final Map<String, String> OUTCOMES = Map.of(
            "POST /api/vouchers", "tuoyu.voucher.claims",
            "POST /api/redemptions", "tuoyu.voucher.redemptions",
            "POST /api/classes/{id}/bookings", "tuoyu.class.bookings",
            "DELETE /api/bookings/{id}", "tuoyu.class.cancellations",
            "POST /api/waitlist/{id}/acceptance", "tuoyu.waitlist.offers.accepted");

    @Context
    ResourceInfo resource;

    @Inject
    MetricRegistry registry;

    @Inject
    ProblemCounter problems;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        String endpoint = endpoint(request.getMethod());
        String status = String.valueOf(response.getStatus());
        if (started instanceof Long t) {
            registry.timer("http.server.requests", new Tag("endpoint", endpoint), new Tag("status", status))
                    .update(Duration.ofNanos(System.nanoTime() - t));
        }
        String problem = problemType(response);
        if (problem != null) {
            problems.count(problem, response.getStatus());
        }
        String counter = OUTCOMES.get(endpoint);
        if (counter != null) {
            String outcome = response.getStatus() < 300 ? "done" : problem != null ? problem : status;
            registry.counter(counter, new Tag("outcome", outcome)).inc();
        }
    }

    /** "METHOD /template" of the matched resource method, or "unmatched" (never the concrete path: it has ids). */
    private String endpoint(String method) {
        Method target = resource == null ? null : resource.getResourceMethod();
        if (target == null) {
            return "unmatched";
        }
        StringBuilder path = new StringBuilder("/api");
        append(path, resource.getResourceClass().getAnnotation(Path.class));
        append(path, target.getAnnotation(Path.class));
        return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
    }

    private static void append(StringBuilder path, Path segment) {
        if (segment == null || segment.value().isBlank() || segment.value().equals("/")) {
            return;
        }
        String value = segment.value().replaceAll("\\{([a-zA-Z]+)\\s*:[^}]*}", "{$1}");
        if (!value.startsWith("/")) {
            path.append('/');
        }
        path.append(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }

    private static String problemType(ContainerResponseContext response) {
        if (response.getMediaType() == null || !"problem+json".equals(response.getMediaType().getSubtype())
                || !(response.getEntity() instanceof String body)) {
            return null;
        }
        Matcher type = PROBLEM_TYPE.matcher(body);
        return type.find() ? type.group(1) : null;
    }
}
