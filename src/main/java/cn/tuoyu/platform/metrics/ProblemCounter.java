package cn.tuoyu.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import cn.tuoyu.platform.problems.Problem;

/** Counts every problem answered, by type and status: from JAX-RS and from the container's error pages. */
@ApplicationScoped
public class ProblemCounter {

    @Inject
    MetricRegistry registry;

    public void count(Problem problem) {
        count(problem.type().startsWith(Problem.TYPE_PREFIX)
                ? problem.type().substring(Problem.TYPE_PREFIX.length())
                : problem.type(), problem.status());
    }

    public void count(String type, int status) {
        registry.counter("problems", new Tag("type", type), new Tag("status", String.valueOf(status))).inc();
    }
}
