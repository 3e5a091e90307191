package kz.esimder.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin operations that are not SPARQL (SPARQL Update is Fuseki's, at {@code /admin/update}).
 * Mounted under {@code /admin/*} behind {@link AdminAuthFilter}; POST only:
 * <ul>
 * <li>{@code /admin/reload}: serve the generation {@code esimder load} switched to;</li>
 * <li>{@code /admin/backup}: dump the public and the restricted database to {@code {db}/backups/};</li>
 * <li>{@code /admin/load}: the body (N-Quads, {@code application/n-quads}, gzip allowed as
 *     Content-Encoding) replaces the data, then the store reloads. {@code ?restricted=true} loads
 *     the whole body as restricted.</li>
 * </ul>
 */
public final class AdminServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(AdminServlet.class);
    private final transient LiveStore store;

    public AdminServlet(LiveStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Allow", "POST");
        HttpErrors.send(resp, 405, "Тек POST.", "Только POST.", "POST only.");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String op = req.getPathInfo() == null ? "" : req.getPathInfo();
        switch (op) {
            case "/reload" -> ok(resp, store.reload() ? "reloaded: " + store.generation().getFileName()
                    : "unchanged: " + store.generation().getFileName());
            case "/backup" -> {
                Path publicBackup = StoreBackup.backupPublic(store.dataset(), store.settings().layout());
                Path restrictedBackup = StoreBackup.backupRestricted(store.generation(), store.settings().layout());
                ok(resp, "public: " + publicBackup + "\nrestricted: " + restrictedBackup);
            }
            case "/load" -> load(req, resp);
            default -> HttpErrors.send(resp, 404, "Мұндай әкімші әрекеті жоқ.", "Нет такой операции администрирования.",
                    "No such admin operation: use /admin/reload, /admin/backup, /admin/load or /admin/update.");
        }
    }

    private void load(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase();
        if (!type.startsWith("application/n-quads")) {
            HttpErrors.send(resp, 415, "N-Quads күтіледі (application/n-quads).", "Ожидаются N-Quads (application/n-quads).",
                    "Expected N-Quads (Content-Type: application/n-quads).");
            return;
        }
        boolean gzip = "gzip".equalsIgnoreCase(req.getHeader("Content-Encoding"));
        Path incoming = Files.createTempFile(store.settings().layout().root(), "incoming-", gzip ? ".nq.gz" : ".nq");
        try {
            try (InputStream in = req.getInputStream()) {
                Files.copy(in, incoming, StandardCopyOption.REPLACE_EXISTING);
            }
            LoadOptions.Builder options = LoadOptions.builder().base(store.settings().base());
            if ("true".equalsIgnoreCase(req.getParameter("restricted"))) options.restrictedFile(incoming);
            LoadReport report;
            try {
                report = StoreLoader.load(store.settings().layout().root(), List.of(incoming), options.build());
            } catch (LoadException e) {
                HttpErrors.send(resp, 400, "Жүктеу сәтсіз: " + e.getMessage(), "Загрузка не удалась: " + e.getMessage(),
                        "Load failed: " + e.getMessage());
                return;
            }
            store.reload();
            LOG.info("Admin load: {} quads loaded, generation {}", report.quadsLoaded(), report.generation().getFileName());
            ok(resp, report.toString());
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    private static void ok(HttpServletResponse resp, String message) throws IOException {
        resp.setStatus(200);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().write(message + "\n");
    }
}
