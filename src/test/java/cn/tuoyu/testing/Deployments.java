package cn.tuoyu.testing;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the WAR exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive app() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war")));
    }
}
