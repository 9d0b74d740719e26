package org.preventduty.shared.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Errors the servlet container answers itself, before any of the service's code runs (a NUL character in the path, a
 * header too large to read): for {@code /api/**} a problem detail, as every other error of the API, and elsewhere the
 * container's plain page without its name or version.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (var valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                var problems = new ProblemErrorReportValve();
                problems.setShowReport(false);
                problems.setShowServerInfo(false);
                host.getPipeline().addValve(problems);
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** After the container's own settings, which add the plain error valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The container's error report, as a problem detail for the API. */
    public static class ProblemErrorReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            var status = response.getStatus();
            var uri = request.getCoyoteRequest().requestURI().toString();
            if (status < 400 || response.getContentWritten() > 0 || uri == null || !uri.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            var allowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
            if (!allowed.get()) {
                return;
            }
            var resolved = HttpStatus.resolve(status);
            var title = resolved == null ? "Error" : resolved.getReasonPhrase();
            var detail = status == 400
                    ? "The request is not valid: its address or headers could not be read."
                    : status < 500 ? "The request cannot be answered." : "Something went wrong.";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                            + ",\"detail\":\"" + detail + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client has gone; there is nobody to answer.
            }
        }
    }
}
