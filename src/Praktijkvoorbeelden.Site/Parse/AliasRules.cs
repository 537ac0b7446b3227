namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>
/// An alias is an old path on this site. It may never point elsewhere: no scheme, no host, no
/// "//" (a protocol-relative URL would send visitors off-site), no "..", no query or fragment.
/// Only the characters of a plain path are allowed, so nothing in it can mean something else to
/// a browser or to Netlify: no %-escapes (%2F is a hidden /), no look-alike slashes, no ":" or
/// "*" (placeholders in _redirects), no spaces (they separate the fields of a _redirects line).
/// </summary>
public static class AliasRules
{
    public const int MaxLength = 500;

    /// <summary>Far below the 255 bytes a file name may have on every system the site is built on.</summary>
    public const int MaxPartLength = 200;

    public static string? Check(string alias)
    {
        if (!alias.StartsWith('/'))
        {
            return "het moet beginnen met /.";
        }

        if (alias.StartsWith("//", StringComparison.Ordinal) || alias.Contains("://", StringComparison.Ordinal) || alias.Contains('\\', StringComparison.Ordinal))
        {
            return "het mag niet naar een andere website wijzen.";
        }

        if (!alias.All(IsPathCharacter))
        {
            return "het mag alleen letters zonder accent (a-z, A-Z), cijfers en de tekens - _ . ~ / bevatten; geen spaties, %, ?, #, : of andere tekens.";
        }

        if (alias.Length > MaxLength)
        {
            return $"het is {alias.Length} tekens lang; het maximum is {MaxLength}.";
        }

        var parts = alias.Split('/')[1..];
        if (parts.Any(part => part is ".." or "."))
        {
            return "het mag geen . of .. bevatten.";
        }

        if (parts.SkipLast(1).Any(part => part.Length == 0))
        {
            return "het mag geen // bevatten.";
        }

        if (parts.Any(part => part.StartsWith('.') || part.StartsWith('_')))
        {
            return "een deel van het pad mag niet met . of _ beginnen; zulke namen zijn voor de server (zoals _redirects en .well-known).";
        }

        if (parts.Any(part => part.Length > MaxPartLength))
        {
            return $"een deel tussen twee / is langer dan {MaxPartLength} tekens.";
        }

        return null;
    }

    /// <summary>Paths are compared with a trailing slash, as pages are served.</summary>
    public static string Normalise(string alias)
    {
        var trimmed = alias.TrimEnd('/');
        return Path.HasExtension(trimmed) ? trimmed : trimmed + "/";
    }

    /// <summary>
    /// The page a path reaches: "/x/index.html" and (with Netlify's pretty URLs) "/x.html" serve
    /// the same page as "/x/". Lower case, because Netlify matches redirect rules without case.
    /// </summary>
    public static string PageOf(string path)
    {
        var lower = path.ToLowerInvariant();
        if (lower.EndsWith("/index.html", StringComparison.Ordinal))
        {
            return lower[..^"index.html".Length];
        }

        return lower.EndsWith(".html", StringComparison.Ordinal) ? lower[..^".html".Length] + "/" : lower;
    }

    /// <summary>The file a redirect page for this (normalised) alias is written to, as a site path.</summary>
    public static string FileOf(string alias) => alias.EndsWith('/') ? alias + "index.html" : alias;

    private static bool IsPathCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~' or '/';
}
