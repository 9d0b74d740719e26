package org.preventduty.identity;

import java.util.List;
import org.preventduty.shared.JdbcConverters;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;

@Component
class IdentityConverters implements JdbcConverters {

    @Override
    public List<?> converters() {
        return List.of(new RoleSetWriter(), new RoleSetReader());
    }

    @WritingConverter
    static class RoleSetWriter implements Converter<RoleSet, String> {
        @Override
        public String convert(RoleSet source) {
            return source.column();
        }
    }

    @ReadingConverter
    static class RoleSetReader implements Converter<String, RoleSet> {
        @Override
        public RoleSet convert(String source) {
            return RoleSet.parse(source);
        }
    }
}
