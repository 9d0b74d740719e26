package org.preventduty.referrals;

import java.util.List;
import org.preventduty.shared.JdbcConverters;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;

@Component
class ReferralConverters implements JdbcConverters {

    @Override
    public List<?> converters() {
        return List.of(new CodeSetWriter(), new CodeSetReader());
    }

    @WritingConverter
    static class CodeSetWriter implements Converter<CodeSet, String> {
        @Override
        public String convert(CodeSet source) {
            return source.column();
        }
    }

    @ReadingConverter
    static class CodeSetReader implements Converter<String, CodeSet> {
        @Override
        public CodeSet convert(String source) {
            return CodeSet.parse(source);
        }
    }
}
