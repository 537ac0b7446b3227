namespace Praktijkvoorbeelden.Site.Render;

/// <summary>A heading of the body, for the "Op deze pagina" list and anchor checks.</summary>
public sealed record Heading(int Level, string Id, string Text);

/// <summary>The body of a document as safe HTML, plus its plain text for search and its headings.</summary>
public sealed record RenderedDocument(string Html, string PlainText, IReadOnlyList<Heading> Headings);
