namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>
/// An alias is an old path on this site. It may never point elsewhere: no scheme, no host, no
/// "//" (a protocol-relative URL would send visitors off-site), no "..", no query or fragment.
/// </summary>
public static class AliasRules
{
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

        if (alias.Split('/').Any(part => part is ".." or "."))
        {
            return "het mag geen . of .. bevatten.";
        }

        if (alias.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '?' or '#' or '*' or ':' or '!' or '"' or '<' or '>'))
        {
            return "het mag geen spaties, ?, #, *, :, !, aanhalingstekens of < > bevatten.";
        }

        return null;
    }

    /// <summary>Paths are compared with a trailing slash, as pages are served.</summary>
    public static string Normalise(string alias)
    {
        var trimmed = alias.TrimEnd('/');
        return Path.HasExtension(trimmed) ? trimmed : trimmed + "/";
    }
}
