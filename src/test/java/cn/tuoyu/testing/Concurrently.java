package cn.tuoyu.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on a fixed number of threads, bounded in time: counts the HTTP statuses they answer, or keeps their
 * answers.
 */
public final class Concurrently {

    private Concurrently() {
    }

    public static Map<Integer, Integer> statuses(List<Callable<Integer>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = pool.invokeAll(tasks, 5, TimeUnit.MINUTES);
            Map<Integer, Integer> statuses = new HashMap<>();
            for (Future<Integer> future : futures) {
                statuses.merge(future.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    public static <T> List<T> all(List<Callable<T>> tasks, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> answers = new java.util.ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks, 5, TimeUnit.MINUTES)) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
