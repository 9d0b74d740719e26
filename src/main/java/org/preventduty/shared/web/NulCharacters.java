package org.preventduty.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * No text holding a NUL character gets past the edge of the service (PostgreSQL cannot store one, and no person types
 * one): a query parameter or form field holding one is refused with 400 before anything reads it, and so is a JSON
 * string, naming its field. CSV cells are refused line by line by the imports ({@code CsvLines}).
 */
@Configuration(proxyBeanMethods = false)
class NulCharacters implements WebMvcConfigurer {

    static final String MESSAGE = "holds a NUL character, which is not allowed";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** JSON strings are read by a deserializer that refuses a NUL character. */
    @Bean
    JacksonModule nulRefusingStrings() {
        return new SimpleModule("nul-refusing-strings").addDeserializer(String.class, new Strings());
    }

    /** Query parameters and form fields, before the security filters or anything else read them. */
    @Bean
    OncePerRequestFilter nulRefusingParameters() {
        return new Parameters();
    }

    /** The fields of a multipart form, which are only read once the form has been parsed. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws IOException {
                if (request instanceof MultipartHttpServletRequest) {
                    var field = fieldWithNul(request.getParameterMap());
                    if (field != null) {
                        refuse(request, response, field);
                        return false;
                    }
                }
                return true;
            }
        });
    }

    static @Nullable String fieldWithNul(Map<String, String[]> parameters) {
        for (var entry : parameters.entrySet()) {
            if (entry.getKey().indexOf('\0') >= 0) {
                return "parameter";
            }
            for (var value : entry.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, String field) throws IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            var problem = ApiProblems.invalid(List.of(new ApiProblems.FieldProblem(field, MESSAGE)));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(JSON.writeValueAsBytes(problem));
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    @Order(Ordered.HIGHEST_PRECEDENCE + 6)
    static final class Parameters extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var type = request.getContentType();
            var multipart = type != null && type.toLowerCase().startsWith("multipart/");
            var field = multipart ? queryFieldWithNul(request) : fieldWithNul(request.getParameterMap());
            if (field != null) {
                refuse(request, response, field);
                return;
            }
            chain.doFilter(request, response);
        }

        /** A multipart request's query only: its parts are read once the form is parsed. */
        private static @Nullable String queryFieldWithNul(HttpServletRequest request) {
            var query = request.getQueryString();
            if (query == null || !query.contains("%00")) {
                return null;
            }
            return fieldWithNul(org.springframework.web.util.UriComponentsBuilder.newInstance()
                    .query(query)
                    .build()
                    .getQueryParams()
                    .entrySet()
                    .stream()
                    .collect(java.util.stream.Collectors.toMap(
                            Map.Entry::getKey,
                            e -> e.getValue().stream()
                                    .map(v -> v == null ? null : v.replace("%00", "\0"))
                                    .toArray(String[]::new))));
        }
    }

    /** A JSON string holding a NUL character; Jackson adds the path of the field to it. */
    static final class Refused extends DatabindException {

        Refused(JsonParser parser) {
            super(parser, MESSAGE);
        }

        /** The field, as a JSON path such as {@code subject.givenName}. */
        String path() {
            var path = new StringBuilder();
            for (var reference : getPath()) {
                if (reference.getPropertyName() != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.isEmpty() ? "body" : path.toString();
        }
    }

    private static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            var value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw new Refused(parser);
            }
            return value;
        }
    }
}
