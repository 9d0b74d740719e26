package org.preventduty.referrals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.IdentityFixtures.TestUser;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Referrals for tests, made through the module's own services as the signed-in user. Import it with
 * {@code @Import({IdentityFixtures.class, ReferralFixtures.class})}.
 */
@TestComponent
public class ReferralFixtures {

    private final ReferralIntake intake;
    private final ReferralTriage triage;
    private final IdentityFixtures identity;
    private final ScreeningNotices screeningNotices;

    ReferralFixtures(
            ReferralIntake intake,
            ReferralTriage triage,
            IdentityFixtures identity,
            ScreeningNotices screeningNotices) {
        this.screeningNotices = screeningNotices;
        this.intake = intake;
        this.triage = triage;
        this.identity = identity;
    }

    /** Answers complete enough to submit, about the person named. */
    public static AnswersBuilder complete(String given, String family, LocalDate dateOfBirth) {
        return new AnswersBuilder()
                .immediateRisk(false)
                .givenName(given)
                .familyName(family)
                .dateOfBirth(dateOfBirth)
                .sex(Sex.MALE)
                .postcode("N3 1AA")
                .summary("Shared a video praising an attack and said others deserved it.")
                .indicators(CodeSet.of(List.of("EXPRESSED_EXTREMIST_VIEWS")))
                .typeOfConcern("EXTREME_RIGHT_WING")
                .referrerName("Sam Teacher")
                .referrerOrganisation("Hillside Academy")
                .referrerSector("EDUCATION")
                .referrerEmail("dsl@hillside.example")
                .ethnicity("WHITE_BRITISH")
                .religion("NO_RELIGION");
    }

    /** Runs the morning's notices of referrals overdue for screening as on the day; answers how many were told. */
    public int notifyOverdue(LocalDate today) {
        return screeningNotices.notifyOverdue(today);
    }

    /** Runs the work as the user, signed in with both factors. */
    public <T> T as(TestUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(identity.authentication(user, true));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Submits a referral as its author, received today. */
    public ReferralIntake.Submitted submit(TestUser author, Answers answers) {
        return submit(author, answers, LocalDate.now(ZoneId.of("Europe/London")));
    }

    /** Submits a referral as its author, received on the day. */
    public ReferralIntake.Submitted submit(TestUser author, Answers answers, LocalDate receivedOn) {
        return as(author, () -> intake.create(answers, receivedOn));
    }

    /** A draft of the author with the answers saved, ready to send. */
    public java.util.UUID draft(TestUser author, Answers answers) {
        return as(author, () -> {
            var id = intake.startDraft();
            intake.saveDraft(id, answers, intake.draft(id).version(), "test");
            return id;
        });
    }

    /** Sends the author's draft. */
    public ReferralIntake.Submitted send(TestUser author, java.util.UUID draft) {
        return as(author, () -> intake.submit(draft, intake.draft(draft).version()));
    }

    /** Records a decision as the Prevent lead. */
    public ReferralTriage.Decided decide(TestUser lead, java.util.UUID referral, ScreeningDecision decision) {
        return as(lead, () -> triage.decide(referral, decision, null));
    }

    /** A referral's full view, as the Prevent lead sees it. */
    public ReferralViews.Full view(TestUser lead, java.util.UUID referral) {
        return as(lead, () -> triage.view(referral));
    }
}
