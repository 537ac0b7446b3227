namespace Praktijkvoorbeelden.Site.Read;

/// <summary>Every file of the site, after the override rule, grouped by what the pipeline does with it.</summary>
public sealed record SourceSet(
    IReadOnlyList<SourceFile> Markdown,
    IReadOnlyList<SourceFile> Data,
    IReadOnlyList<SourceFile> Templates,
    IReadOnlyList<SourceFile> Assets)
{
    public int Count => Markdown.Count + Data.Count + Templates.Count + Assets.Count;
}
