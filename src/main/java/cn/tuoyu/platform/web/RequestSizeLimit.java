package cn.tuoyu.platform.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.tuoyu.platform.metrics.ProblemCounter;
import cn.tuoyu.platform.problems.Problem;
import cn.tuoyu.platform.problems.Problems;
import cn.tuoyu.platform.problems.RequestTooLargeException;

/**
 * Caps API request bodies: a declared length over the limit is refused before reading (413), and a chunked body is
 * cut off when it grows past it. File uploads (PDF, JPEG, PNG, multipart) get the larger upload limit.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProblemCounter problems;

    @Inject
    @ConfigProperty(name = "app.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "app.max-upload-bytes", defaultValue = "5242880")
    long maxUploadBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = isUpload(request) ? maxUploadBytes : maxBodyBytes;
        if (request.getContentLengthLong() > limit) {
            Problem tooLarge = Problems.forStatus(413);
            problems.count(tooLarge);
            ProblemServlet.write(response, tooLarge, null);
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /**
     * Files (filing materials, photos of voucher codes) come as raw PDF/JPEG/PNG bodies or as multipart: they get
     * the upload limit; everything else (JSON) the body limit. What a file really is, the endpoint checks by its bytes.
     */
    private static boolean isUpload(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("multipart/") || type.startsWith("image/png") || type.startsWith("image/jpeg")
                || type.startsWith("application/pdf");
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new RequestTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
