package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class QrCodeTests {

    @Test
    void drawsAnAccessibleSvgWithoutScriptOrUntrustedText() {
        var svg = QrCode.svg("otpauth://totp/x?secret=ABC", "QR code <for> \"you\"");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("viewBox=\"0 0 ");
        assertThat(svg).contains("aria-label=\"QR code &lt;for&gt; &quot;you&quot;\"");
        assertThat(svg).doesNotContain("<script").doesNotContain("otpauth");
        assertThat(svg).containsPattern("d=\"(M\\d+ \\d+h1v1h-1z)+\"");
    }

    @Test
    void givesTheImageAsADataAddress() {
        var uri = QrCode.dataUri("hello", "QR");
        assertThat(uri).startsWith("data:image/svg+xml;base64,");
        var svg = new String(
                Base64.getDecoder().decode(uri.substring("data:image/svg+xml;base64,".length())),
                StandardCharsets.UTF_8);
        assertThat(svg).isEqualTo(QrCode.svg("hello", "QR"));
    }
}
