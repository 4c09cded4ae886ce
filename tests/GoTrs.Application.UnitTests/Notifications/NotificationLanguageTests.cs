using GoTrs.Application.Features.Notifications.SendNotifications;
using GoTrs.Domain.Notifications;

namespace GoTrs.Application.UnitTests.Notifications;

public sealed class NotificationLanguageTests
{
    private static readonly NotificationMessage English = new() { Id = 1, Language = "en", Subject = "New ticket" };
    private static readonly NotificationMessage German = new() { Id = 2, Language = "de", Subject = "Neues Ticket" };
    private static readonly NotificationMessage Brazilian = new() { Id = 3, Language = "pt_BR", Subject = "Novo chamado" };

    [Test]
    public void ShouldTakeTheFirstLanguageThatHasAText_WhenRecipientHasPreferences() =>
        NotificationText.Choose([English, German, Brazilian], ["fr", "de"]).ShouldBe(German);

    [Test]
    public void ShouldFallBackToEnglishThenToAnyText_WhenNoPreferredLanguageHasOne()
    {
        NotificationText.Choose([German, English], ["fr"]).ShouldBe(English);
        NotificationText.Choose([Brazilian, German], []).ShouldBe(German);
    }

    [Test]
    public void ShouldPreferGoTrsLanguageOverOtrsOne_WhenBothAreSet()
    {
        var (languages, zone) = NotificationRecipients.Locale(new Dictionary<string, string?>
        {
            ["GoTrs.language"] = "\"fr\"", ["UserLanguage"] = "pt_BR", ["UserTimeZone"] = "Europe/Berlin",
        });

        languages.ShouldBe(["fr", "pt_BR", "pt"]);
        zone.ShouldBe("Europe/Berlin");
    }

    [Test]
    public void ShouldHaveNoPreferredLanguage_WhenNoneIsSet() =>
        NotificationRecipients.Locale(new Dictionary<string, string?>()).Languages.ShouldBeEmpty();
}
