namespace Praktijkvoorbeelden.Site.Model;

/// <summary>Where the facts of a voorbeeld come from (a "bron").</summary>
public sealed record Source(string Title, string Organisation, string? Url, DateOnly? Date);
