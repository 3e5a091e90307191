package kz.esimder.convert.cli;

import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr when a person is watching (a terminal), nothing at all when output
 * goes to a file or a pipe, so logs and CI output stay clean.
 */
final class Progress implements AutoCloseable, LongConsumer {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** @param max the total, or -1 when unknown */
    static Progress start(String task, long max) {
        if (System.console() == null) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(" records", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build();
        return new Progress(bar);
    }

    @Override
    public void accept(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
