namespace Praktijkvoorbeelden.Site.Model;

/// <summary>The three kinds of Markdown document; each has its own front-matter keys.</summary>
public enum DocumentKind
{
    Voorbeeld,
    Thema,
    Pagina,
}
