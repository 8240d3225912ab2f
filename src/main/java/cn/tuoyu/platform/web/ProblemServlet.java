package cn.tuoyu.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.tuoyu.platform.metrics.ProblemCounter;
import cn.tuoyu.platform.problems.Problem;
import cn.tuoyu.platform.problems.Problems;

/**
 * The target of the container's error pages (see {@code web.xml}): errors the container makes itself, such as the
 * MP-JWT 401 for a bad token or a 404 for an unknown path, leave as problem details too.
 */
@WebServlet(urlPatterns = "/problem")
public class ProblemServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProblemCounter problems;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (cause != null && status < 500) {
            cause = null;
        }
        if (cause == null && status >= 500) {
            // a 5xx the container made without an exception: say where, so the log line explains itself
            cause = new IllegalStateException("container error " + status + " at "
                    + request.getAttribute(RequestDispatcher.ERROR_SERVLET_NAME) + ": "
                    + request.getAttribute(RequestDispatcher.ERROR_MESSAGE));
        }
        Problem problem = Problems.forStatus(status);
        problems.count(problem);
        if (status == 404 && isPageRequest(request)) {
            response.setStatus(404);
            response.setContentType("text/html;charset=UTF-8");
            request.getRequestDispatcher("/not-found.html").include(request, response);
            return;
        }
        write(response, problem, cause);
    }

    /** A person's browser asking for a page, not a client of the API or the platform's endpoints. */
    private static boolean isPageRequest(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String accept = request.getHeader("Accept");
        return uri instanceof String path && accept != null && accept.contains("text/html")
                && !path.startsWith("/api/") && !path.startsWith("/health") && !path.startsWith("/metrics")
                && !path.startsWith("/openapi");
    }

    static void write(HttpServletResponse response, Problem problem, Throwable cause) throws IOException {
        Problems.log(problem, cause);
        response.setStatus(problem.status());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        if (problem.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"childcare\"");
        }
        byte[] body = Problems.toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
