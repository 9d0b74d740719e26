package org.preventduty.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code typed at sign-in: from the authenticator app or a recovery code. */
class CodeForm {

    @NotBlank(message = "{twoFactor.code.blank}")
    @Size(max = 20, message = "{twoFactor.code.invalid}")
    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
