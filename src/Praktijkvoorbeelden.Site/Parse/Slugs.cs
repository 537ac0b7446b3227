using System.Globalization;
using System.Text;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>Slugs are the URL names of pages and vocabulary values: lower-case ASCII, digits, hyphens.</summary>
public static class Slugs
{
    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= 100 && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') &&
        !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal);

    /// <summary>"Súdwest-Fryslân" -> "sudwest-fryslan": diacritics dropped, other characters become hyphens.</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            builder.Append(lower is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? lower : '-');
        }

        var slug = builder.ToString();
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Trim('-');
    }
}
