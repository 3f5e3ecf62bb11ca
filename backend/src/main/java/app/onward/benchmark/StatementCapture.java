package app.onward.benchmark;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The raw-SQL half of the benchmark replays exactly the statements the backend ran for one page, not a
 * hand-written approximation. With {@code onward.benchmark.statement-file} set (only the benchmark sets it),
 * one request carrying {@value #HEADER} has every jOOQ statement it runs, on any thread, written to that file
 * with its bind values inlined, one statement per block. The benchmark sends that request alone, before the
 * load starts, so nothing else runs meanwhile. Off otherwise: neither the listener nor the filter exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("onward.benchmark.statement-file")
class StatementCapture {

    static final String HEADER = "X-Onward-Benchmark-Capture";
    /** Separates statements in the file; a line no SQL statement jOOQ renders consists of. */
    static final String SEPARATOR = "-- statement";

    private final AtomicBoolean armed = new AtomicBoolean();
    private final List<String> statements = new ArrayList<>();
    private final Path file;

    StatementCapture(@Value("${onward.benchmark.statement-file}") Path file) {
        this.file = file;
    }

    @Bean
    ExecuteListenerProvider benchmarkStatementCapture() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void end(ExecuteContext context) {
                if (armed.get()) {
                    String sql = context.query() != null ? context.dsl().renderInlined(context.query()) : context.sql();
                    synchronized (statements) {
                        statements.add(sql);
                    }
                }
            }
        });
    }

    @Bean
    OncePerRequestFilter benchmarkCaptureFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getHeader(HEADER) == null || !armed.compareAndSet(false, true)) {
                    chain.doFilter(request, response);
                    return;
                }
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (request.isAsyncStarted()) {
                        request.getAsyncContext().addListener(new WhenDone());
                    } else {
                        writeCaptured();
                    }
                }
            }
        };
    }

    /** GraphQL over HTTP completes asynchronously: the file is written when the response is complete. */
    private final class WhenDone implements AsyncListener {
        @Override
        public void onComplete(AsyncEvent event) {
            writeCaptured();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            writeCaptured();
        }

        @Override
        public void onError(AsyncEvent event) {
            writeCaptured();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }

    private void writeCaptured() {
        if (!armed.compareAndSet(true, false)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        synchronized (statements) {
            statements.forEach(sql -> text.append(SEPARATOR).append('\n').append(sql).append('\n'));
            statements.clear();
        }
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, text);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the captured statements", e);
        }
    }
}
