package cn.tuoyu.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.tuoyu.platform.problems.Problem;
import cn.tuoyu.platform.problems.Problems;

/**
 * The target of the container's error pages (see {@code web.xml}): errors the container makes itself, such as the
 * MP-JWT 401 for a bad token or a 404 for an unknown path, leave as problem details too.
 */
@WebServlet(urlPatterns = "/problem")
public class ProblemServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (cause != null && status < 500) {
            cause = null;
        }
        write(response, Problems.forStatus(status), cause);
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
