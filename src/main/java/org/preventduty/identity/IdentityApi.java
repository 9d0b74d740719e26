package org.preventduty.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.Paged;
import org.preventduty.shared.web.ApiController;
import org.preventduty.shared.web.ExpectedVersion;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Tenants, API keys and users through the API. */
@ApiController("/api/v1")
class IdentityApi {

    private final TenantManagement tenants;
    private final ApiKeyManagement keys;
    private final UserManagement users;
    private final CurrentActor actors;
    private final CaseAccessGrants grants;
    private final TenantGroups groups;

    IdentityApi(
            TenantManagement tenants,
            ApiKeyManagement keys,
            UserManagement users,
            CurrentActor actors,
            CaseAccessGrants grants,
            TenantGroups groups) {
        this.grants = grants;
        this.groups = groups;
        this.tenants = tenants;
        this.keys = keys;
        this.users = users;
        this.actors = actors;
    }

    record TenantRequest(
            @NotBlank
            @Size(min = 2, max = 40)
            @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and hyphens")
            String code,

            @NotBlank @Size(max = 200) String name,
            @NotNull Region region) {}

    record TenantResponse(String code, String name, Region region) {
        static TenantResponse of(TenantSummary tenant) {
            return new TenantResponse(tenant.code(), tenant.name(), tenant.region());
        }
    }

    record ApiKeyRequest(
            @NotBlank
            @Size(max = 100)
            @Pattern(
                    regexp = "[A-Za-z0-9][A-Za-z0-9 ._-]*",
                    message = "must be letters, digits, spaces, dots, hyphens or underscores")
            String name,

            @NotEmpty Set<@NotNull Role> roles,
            @Nullable @Min(1) @Max(730) Integer expiresInDays) {}

    record ApiKeyResponse(
            UUID id,
            String key,
            String name,
            Set<Role> roles,
            @Nullable Instant expiresAt) {
        static ApiKeyResponse of(NewApiKey created) {
            return new ApiKeyResponse(
                    created.id(),
                    created.key(),
                    created.summary().name(),
                    created.summary().roles(),
                    created.summary().expiresAt());
        }
    }

    record UserRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 100) String displayName,
            @Nullable @Size(max = 200) String organisation,
            @Nullable Set<@NotNull Role> roles) {}

    /** A user just made, with their one-time link; no link when they are already a user of another council. */
    record UserResponse(UserSummary user, @Nullable String passwordLink) {}

    record RolesRequest(
            @NotEmpty Set<@NotNull Role> roles, @Nullable Integer version) {}

    record Me(String kind, UUID id, @Nullable String tenant, Set<Role> roles) {}

    @PostMapping("/tenants")
    ResponseEntity<TenantResponse> createTenant(@Valid @RequestBody TenantRequest request) {
        var tenant = tenants.create(request.code(), request.name(), request.region());
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenant.code()))
                .body(TenantResponse.of(tenant));
    }

    @GetMapping("/tenants")
    Paged<TenantResponse> listTenants() {
        var all = tenants.list().stream().map(TenantResponse::of).toList();
        return new Paged<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @PostMapping("/tenants/{code}/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    ApiKeyResponse createTenantKey(@PathVariable String code, @Valid @RequestBody ApiKeyRequest request) {
        return ApiKeyResponse.of(keys.createForTenant(code, request.name(), request.roles(), request.expiresInDays()));
    }

    @PostMapping("/tenants/{code}/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserResponse createTenantAdmin(@PathVariable String code, @Valid @RequestBody UserRequest request) {
        var created = users.createTenantAdmin(code, request.email(), request.displayName(), request.organisation());
        return new UserResponse(created.user(), created.passwordLink());
    }

    record GroupRequest(
            @Nullable @Size(max = 50) String code,
            @Nullable @Size(max = 200) String name,
            @Nullable @Size(max = 500) List<@Nullable @Size(max = 50) String> tenants) {}

    record GroupResponse(String code, String name, List<String> tenants) {

        static GroupResponse of(TenantGroups.Group group) {
            return new GroupResponse(
                    group.code(),
                    group.name(),
                    group.tenants().stream().map(TenantSummary::code).toList());
        }
    }

    @PostMapping("/tenant-groups")
    ResponseEntity<GroupResponse> createGroup(@Valid @RequestBody GroupRequest request) {
        var group = groups.create(request.code(), request.name(), request.tenants());
        return ResponseEntity.created(URI.create("/api/v1/tenant-groups/" + group.code()))
                .body(GroupResponse.of(group));
    }

    @GetMapping("/tenant-groups")
    Paged<GroupResponse> groups() {
        var all = groups.list().stream().map(GroupResponse::of).toList();
        return new Paged<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @PostMapping("/national/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    ApiKeyResponse createNationalKey(@Valid @RequestBody ApiKeyRequest request) {
        return ApiKeyResponse.of(keys.createNational(request.name(), request.roles(), request.expiresInDays()));
    }

    @GetMapping("/national/api-keys")
    Paged<ApiKeySummary> listNationalKeys() {
        List<ApiKeySummary> all = keys.listNational();
        return new Paged<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @PostMapping("/national/api-keys/{id}/revoke")
    ApiKeySummary revokeNationalKey(@PathVariable UUID id) {
        return keys.revokeNational(id);
    }

    @GetMapping("/access-grants")
    Paged<CaseAccessGrants.Grant> accessGrants(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return grants.list(page, size);
    }

    record Acknowledgement(@Nullable Integer version) {}

    @PostMapping("/access-grants/{id}/acknowledge")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void acknowledge(
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable Acknowledgement body,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        grants.acknowledge(id, ExpectedVersion.required(ifMatch, body == null ? null : body.version()));
    }

    @PostMapping("/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    ApiKeyResponse createKey(@Valid @RequestBody ApiKeyRequest request) {
        return ApiKeyResponse.of(keys.create(request.name(), request.roles(), request.expiresInDays()));
    }

    @GetMapping("/api-keys")
    Paged<ApiKeySummary> listKeys() {
        List<ApiKeySummary> all = keys.list();
        return new Paged<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @PostMapping("/api-keys/{id}/revoke")
    ApiKeySummary revokeKey(@PathVariable UUID id) {
        return keys.revoke(id);
    }

    @GetMapping("/users")
    Paged<UserSummary> listUsers(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return users.list(q, page, size);
    }

    @GetMapping("/users/{id}")
    UserSummary user(@PathVariable UUID id) {
        return users.get(id);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserResponse createUser(@Valid @RequestBody UserRequest request) {
        var created = users.create(
                request.email(),
                request.displayName(),
                request.organisation(),
                request.roles() == null ? Set.of() : request.roles());
        return new UserResponse(created.user(), created.passwordLink());
    }

    @PostMapping("/users/{id}/roles")
    UserSummary changeRoles(
            @PathVariable UUID id,
            @Valid @RequestBody RolesRequest request,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        return users.changeRoles(id, request.roles(), ExpectedVersion.required(ifMatch, request.version()));
    }

    @PostMapping("/users/{id}/disable")
    UserSummary disable(@PathVariable UUID id) {
        return users.disable(id);
    }

    @PostMapping("/users/{id}/enable")
    UserSummary enable(@PathVariable UUID id) {
        return users.enable(id);
    }

    @PostMapping("/users/{id}/reset-two-factor")
    UserSummary resetMfa(@PathVariable UUID id) {
        return users.resetMfa(id);
    }

    @PostMapping("/users/{id}/password-link")
    UserResponse passwordLink(@PathVariable UUID id) {
        var link = users.newPasswordLink(id);
        return new UserResponse(users.get(id), link);
    }

    @GetMapping("/me")
    Me me() {
        var actor = actors.require();
        var tenant =
                actor.tenantId() == null ? null : tenants.get(actor.tenantId()).code();
        return new Me(actor.kind().name(), actor.id(), tenant, actor.roles());
    }
}
