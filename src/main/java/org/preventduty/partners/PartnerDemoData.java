package org.preventduty.partners;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.preventduty.identity.TenantManagement;
import org.preventduty.shared.DemoDataSeeder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A few partner organisations in each demo council; the names are invented. */
@Component
@Order(10)
class PartnerDemoData implements DemoDataSeeder {

    private record Demo(String name, OrganisationType type) {}

    /** Birmingham's schools besides the one above: one for each of these districts. */
    private static final List<String> BIRMINGHAM_SCHOOLS = List.of(
            "Acocks Green Primary School (demo)",
            "Aston Manor Academy (demo)",
            "Bordesley Green Girls' School (demo)",
            "Edgbaston Park Primary School (demo)",
            "Erdington Hall Primary School (demo)",
            "Hall Green Secondary School (demo)",
            "Handsworth Wood Academy (demo)",
            "Harborne Hill Primary School (demo)",
            "Hodge Hill Junior School (demo)",
            "Kings Heath Primary School (demo)",
            "Kingstanding Community Academy (demo)",
            "Moseley Park Secondary School (demo)",
            "Nechells Primary School (demo)",
            "Northfield Manor Primary School (demo)",
            "Perry Barr Academy (demo)",
            "Selly Oak Nursery and Infant School (demo)",
            "Shard End Primary School (demo)",
            "Sparkhill Community School (demo)",
            "Stechford Primary School (demo)",
            "Sutton Park Secondary School (demo)",
            "Tyburn Road Academy (demo)",
            "Washwood Heath Primary School (demo)",
            "Weoley Castle Junior School (demo)",
            "Yardley Wood Primary School (demo)");

    private static final Map<String, List<Demo>> ORGANISATIONS = Map.of(
            "barnet",
            List.of(
                    new Demo("Mill Hill Fields Primary School (demo)", OrganisationType.SCHOOL),
                    new Demo("North Circular College (demo)", OrganisationType.COLLEGE),
                    new Demo("Barnet Community Mental Health Trust (demo)", OrganisationType.NHS_TRUST),
                    new Demo("Edgware Youth Link (demo)", OrganisationType.VOLUNTARY_OR_COMMUNITY)),
            "birmingham",
            java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(
                                    new Demo("Ladywood Park Academy (demo)", OrganisationType.SCHOOL),
                                    new Demo("Digbeth Further Education College (demo)", OrganisationType.COLLEGE),
                                    new Demo("West Midlands Police Prevent Team (demo)", OrganisationType.POLICE),
                                    new Demo(
                                            "Small Heath Families Together (demo)",
                                            OrganisationType.VOLUNTARY_OR_COMMUNITY)),
                            BIRMINGHAM_SCHOOLS.stream().map(name -> new Demo(name, OrganisationType.SCHOOL)))
                    .toList(),
            "westminster",
            List.of(
                    new Demo("Pimlico Gardens Secondary School (demo)", OrganisationType.SCHOOL),
                    new Demo("Marylebone Institute of Technology (demo)", OrganisationType.UNIVERSITY),
                    new Demo("Central London Probation Unit (demo)", OrganisationType.PROBATION),
                    new Demo("Church Street Parents Network (demo)", OrganisationType.VOLUNTARY_OR_COMMUNITY)),
            "wolverhampton",
            List.of(
                    new Demo("Whitmore Reans Primary School (demo)", OrganisationType.SCHOOL),
                    new Demo("Black Country Skills College (demo)", OrganisationType.COLLEGE),
                    new Demo("Wolverhampton Housing Partnership (demo)", OrganisationType.HOUSING),
                    new Demo("Park Village Faith Forum (demo)", OrganisationType.FAITH_ORGANISATION)));

    private final PartnerOrganisations organisations;
    private final TenantManagement tenants;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PartnerDemoData(
            PartnerOrganisations organisations,
            TenantManagement tenants,
            TransactionTemplate transactions,
            Clock clock) {
        this.organisations = organisations;
        this.tenants = tenants;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void seed() {
        ORGANISATIONS.forEach((code, demos) -> tenants.findByCode(code)
                .ifPresent(tenant -> transactions.executeWithoutResult(status -> demos.forEach(demo -> {
                    if (!organisations.existsByTenantIdAndName(tenant.id().value(), demo.name())) {
                        organisations.save(new PartnerOrganisation(
                                tenant.id().value(), demo.name(), demo.type(), true, clock.instant()));
                    }
                }))));
    }
}
