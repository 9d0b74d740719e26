package org.preventduty.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user or a service account may see and do. A user can hold several roles. Tenant roles belong to one tenant;
 * national roles belong to none.
 */
public enum Role {
    /** Creates tenants and their first administrators. Sees no case data. */
    SYSTEM_ADMIN(false),
    /** Users, roles, API keys and settings of a tenant. Sees no case data unless also given a case role. */
    TENANT_ADMIN(true),
    /** All referrals and cases of the tenant; triage; Channel coordination; delivery modules. */
    PREVENT_LEAD(true),
    /** All Channel cases of the tenant; chairs meetings; records decisions. */
    CHANNEL_CHAIR(true),
    /** Only cases on the agenda of a meeting they are invited to, for a limited time, or assigned to them. */
    PANEL_MEMBER(true),
    /** Cases and referrals they are assigned to. */
    CASE_WORKER(true),
    /** Submits referrals and sees their status and feedback. */
    REFERRER(true),
    /** Staff, courses, sessions, completions and trainers. */
    TRAINING_ADMIN(true),
    /** Partners, projects, risk assessment, action plan, governance and recommendations. */
    DELIVERY_OFFICER(true),
    /** The audit trail and access logs; no case content. */
    AUDITOR(true),
    /** Dashboards and reports of the tenant, aggregate and disclosure-controlled. */
    REPORT_VIEWER(true),
    /** Cross-tenant aggregate statistics only, always disclosure-controlled. */
    NATIONAL_ANALYST(false),
    /** Service accounts that read operational metrics; never held by a person. */
    OPERATIONS(false);

    private final boolean tenantRole;

    Role(boolean tenantRole) {
        this.tenantRole = tenantRole;
    }

    /** Whether the role is held within one tenant. */
    public boolean isTenantRole() {
        return tenantRole;
    }

    /** The Spring Security authority of the role, such as {@code ROLE_PREVENT_LEAD}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * Whether the role reads what referrals and Channel cases hold about a person; a grant of one is audited and told to
     * the council's Prevent leads.
     */
    public boolean readsCaseContent() {
        return this == PREVENT_LEAD || this == CHANNEL_CHAIR || this == PANEL_MEMBER || this == CASE_WORKER;
    }

    /** The roles a person can hold within a tenant. */
    public static Set<Role> tenantRoles() {
        var roles = EnumSet.noneOf(Role.class);
        for (var role : values()) {
            if (role.tenantRole) {
                roles.add(role);
            }
        }
        return roles;
    }
}
