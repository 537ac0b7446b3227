using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>/.well-known/security.txt follows RFC 9116: a contact that is not a person, and an expiry within a year.</summary>
public sealed class SecurityTxtTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 14, 30, 0, TimeSpan.Zero);

    [Fact]
    public void It_points_at_private_reporting_on_GitHub_and_expires_within_a_year()
    {
        var settings = new SiteSettings { Host = "voorbeelden.example.nl", Repository = "eigenaar/site" };

        var file = SecurityTxt.Create(settings, Now);

        Assert.NotNull(file);
        Assert.Equal(".well-known/security.txt", file.RelativePath);
        var fields = file.Content.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal("https://github.com/eigenaar/site/security/advisories/new", fields["Contact"]);
        Assert.Equal("https://voorbeelden.example.nl/.well-known/security.txt", fields["Canonical"]);
        var expires = DateTimeOffset.Parse(fields["Expires"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires, Now.AddDays(30), Now.AddYears(1));
    }

    [Fact]
    public void Without_a_repository_there_is_no_contact_so_no_file() =>
        Assert.Null(SecurityTxt.Create(new SiteSettings(), Now));
}
