package se.sspf.platform.worker;

import java.time.Duration;

import org.springframework.context.SmartLifecycle;

/**
 * A bean that works on one thread of its own from the application's start to its stop: the outbox relay, the
 * consent gate's view consumer. It stops after the web server has drained and the listeners have stopped, so
 * that what they still did is sent and what is still answered still has a view.
 */
public abstract class WorkerThread implements SmartLifecycle {

    private final String name;
    private final boolean daemon;
    private volatile boolean running;
    private Thread worker;

    protected WorkerThread(String name, boolean daemon) {
        this.name = name;
        this.daemon = daemon;
    }

    /** The work, done while {@link #isRunning()}: a loop that returns soon after {@link #wakeUp()}. */
    protected abstract void work();

    /** Asks a waiting worker to look at {@link #isRunning()} again (a consumer's wakeup, a semaphore's permit). */
    protected abstract void wakeUp();

    /** How long a stop waits for the worker to finish what it is doing. */
    protected abstract Duration stopWithin();

    /** The worker was interrupted: it ends as if stopped. */
    protected final void interrupted() {
        Thread.currentThread().interrupt();
        running = false;
    }

    @Override
    public synchronized void start() {
        running = true;
        worker = new Thread(this::work, name);
        worker.setDaemon(daemon);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        wakeUp();
        try {
            worker.join(stopWithin().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
