package cn.tuoyu.platform.web;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Checks at start-up that the JVM names its JSON-P provider ({@value #JVM_OPTION}), and warns when it does not.
 *
 * <p>Why: Payara's MicroProfile JWT code calls {@code Json.createReader} for every bearer token it verifies, and
 * {@code JsonProvider.provider()} then runs a ServiceLoader search through every jar of the server unless the
 * {@value #PROPERTY} property named a provider <em>before the JSON-P API was first used</em>: the API reads it once, in
 * a lazily initialised holder, and Payara uses JSON-P while it boots, before any application starts. Setting the
 * property from the application (as an earlier version of this class did) therefore changes nothing; it belongs on
 * the command line. A profile of the claim benchmark with the search still in place showed 14 % of the app's CPU
 * samples in it (docs/benchmarks.md, 2026-11-27). The run command, the tests, the benchmark and the container image
 * all start the JVM with the option.
 */
@ApplicationScoped
public class JsonProviderCheck {

    static final String PROPERTY = "jakarta.json.provider";
    static final String PARSSON = "org.eclipse.parsson.JsonProviderImpl";
    /** The JVM option every start of the app carries. */
    public static final String JVM_OPTION = "-D" + PROPERTY + "=" + PARSSON;
    private static final Logger LOG = Logger.getLogger(JsonProviderCheck.class.getName());

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!named()) {
            LOG.warning("the JVM does not name its JSON-P provider: every bearer token costs a search through the "
                    + "server's jars; start it with " + JVM_OPTION);
        }
    }

    /** Whether the JVM names a JSON-P provider. */
    static boolean named() {
        return System.getProperty(PROPERTY) != null;
    }
}
