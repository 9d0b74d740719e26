package org.preventduty.partners;

import org.jspecify.annotations.Nullable;

/** Another contact at a partner organisation. */
final class ContactForm {
    private @Nullable String contactName;

    private @Nullable String role;

    private @Nullable String email;

    private @Nullable String phone;

    public @Nullable String getContactName() {
        return contactName;
    }

    public void setContactName(@Nullable String contactName) {
        this.contactName = contactName;
    }

    public @Nullable String getRole() {
        return role;
    }

    public void setRole(@Nullable String role) {
        this.role = role;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }
}
