using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Site.Model;

/// <summary>What every Markdown document has: where it came from, its slug and URL, and its body.</summary>
public abstract record Document(SourceFile File, string Slug, string Title, string? Summary, IReadOnlyList<string> Aliases, string Body, int BodyLine)
{
    /// <summary>Site-absolute path without LinkRoot, e.g. "/voorbeelden/x/".</summary>
    public abstract string Path { get; }
}

/// <summary>A praktijkvoorbeeld (case study).</summary>
public sealed record Voorbeeld(
    SourceFile File, string Slug, string Title, string Summary, IReadOnlyList<string> Aliases, string Body, int BodyLine,
    string Scale,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> TargetGroups,
    string? ParticipationLevel,
    IReadOnlyList<string> WorkForms,
    int? Year,
    IReadOnlyList<Source> Sources,
    string? Contact,
    string Status,
    DateOnly Checked) : Document(File, Slug, Title, Summary, Aliases, Body, BodyLine)
{
    public override string Path => $"/voorbeelden/{Slug}/";
}

/// <summary>A curated theme page.</summary>
public sealed record Thema(
    SourceFile File, string Slug, string Title, string Summary, IReadOnlyList<string> Aliases, string Body, int BodyLine,
    int Order,
    IReadOnlyList<string> Curated,
    DateOnly Checked) : Document(File, Slug, Title, Summary, Aliases, Body, BodyLine)
{
    public override string Path => $"/themas/{Slug}/";
}

/// <summary>A plain page such as over or privacy; the slug "index" is the home page.</summary>
public sealed record Pagina(
    SourceFile File, string Slug, string Title, string? Summary, IReadOnlyList<string> Aliases, string Body, int BodyLine,
    int? MenuOrder) : Document(File, Slug, Title, Summary, Aliases, Body, BodyLine)
{
    public override string Path => Slug == "index" ? "/" : $"/{Slug}/";
}
