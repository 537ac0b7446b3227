using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>Slugs are the URL names of pages and vocabulary values: lower-case ASCII, digits, hyphens.</summary>
public static class Slugs
{
    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= 100 && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') &&
        !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal);

    /// <summary>"Súdwest-Fryslân" -> "sudwest-fryslan": diacritics dropped, other characters become hyphens.</summary>
    /// <remarks>
    /// Folded with Lucene's ASCII folding, the same the search uses ("cliënt" = "client"), and not
    /// with string.Normalize: with invariant globalisation that leaves "ë" as it is. Decomposed
    /// input ("e" + combining diaeresis) loses its combining mark, so both forms give one slug.
    /// </remarks>
    public static string From(string text)
    {
        var input = text.ToCharArray();
        var folded = new char[input.Length * 4]; // the folding writes at most four characters for one
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, folded, 0, input.Length);
        var builder = new StringBuilder(length);
        foreach (var c in folded.AsSpan(0, length))
        {
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
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
