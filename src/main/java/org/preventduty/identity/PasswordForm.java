package org.preventduty.identity;

import jakarta.validation.constraints.NotBlank;

/** A new password, typed twice. */
class PasswordForm {

    @NotBlank(message = "{password.blank}")
    private String password;

    @NotBlank(message = "{password.confirmation.blank}")
    private String confirmation;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
