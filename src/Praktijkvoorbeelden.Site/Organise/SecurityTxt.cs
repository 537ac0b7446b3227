using System.Globalization;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Organise;

/// <summary>
/// /.well-known/security.txt (RFC 9116): where to report a security problem. The contact is the
/// repository's private vulnerability reporting on GitHub, never a person. Expires is required;
/// the RFC advises less than a year ahead, and every build renews it.
/// </summary>
public static class SecurityTxt
{
    public const string RelativePath = ".well-known/security.txt";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    public static GeneratedFile? Create(SiteSettings settings, DateTimeOffset now)
    {
        if (settings.Repository.Length == 0)
        {
            return null;
        }

        var expires = (now + Lifetime).UtcDateTime.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture);
        return new GeneratedFile(RelativePath,
            $"Contact: https://github.com/{settings.Repository}/security/advisories/new\n" +
            $"Expires: {expires}\n" +
            "Preferred-Languages: nl, en\n" +
            $"Canonical: {settings.AbsoluteUrl("/" + RelativePath)}\n");
    }
}
