package cn.tuoyu.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A named native statement with its positional parameters bound in order ({@code ?1}, {@code ?2}, …): the shape of
 * every race-deciding INSERT or UPSERT whose entity hands out its parameters as an array.
 */
public final class NativeStatements {

    private NativeStatements() {
    }

    public static Query bound(EntityManager em, String name, Object... parameters) {
        Query query = em.createNamedQuery(name);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
