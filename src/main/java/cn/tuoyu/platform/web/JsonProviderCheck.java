package cn.tuoyu.platform.web;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Names the JSON-P provider once, at start-up, so that {@code jakarta.json.spi.JsonProvider.provider()} stops
 * searching for one on every call.
 *
 * <p>Why: Payara's MicroProfile JWT code calls {@code Json.createReader} and {@code Json.createObjectBuilder} for
 * every bearer token it verifies; without the {@value #PROPERTY} system property each call runs a ServiceLoader and
 * an OSGi lookup that scan the jars. A profile of the claim benchmark showed about a tenth of the app's CPU time in
 * that search (docs/benchmarks.md). With the property, the provider is one class lookup. Nothing changes when the
 * operator has set the property, or when Parsson (Payara's own JSON-P implementation) is not there.
 */
@ApplicationScoped
public class JsonProviderShortcut {

    static final String PROPERTY = "jakarta.json.provider";
    static final String PARSSON = "org.eclipse.parsson.JsonProviderImpl";
    private static final Logger LOG = Logger.getLogger(JsonProviderShortcut.class.getName());

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        name(jakarta.json.spi.JsonProvider.class.getClassLoader());
    }

    /** Sets the property when it is unset and the API's own class loader can load Parsson; true when it did. */
    static boolean name(ClassLoader apiLoader) {
        if (System.getProperty(PROPERTY) != null) {
            return false;
        }
        try {
            Class.forName(PARSSON, false, apiLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.info("JSON-P provider left to discovery: " + PARSSON + " is not visible");
            return false;
        }
        System.setProperty(PROPERTY, PARSSON);
        LOG.info("JSON-P provider named once: " + PARSSON);
        return true;
    }
}
