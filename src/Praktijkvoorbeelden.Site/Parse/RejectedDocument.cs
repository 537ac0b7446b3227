using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Read;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>
/// A Markdown file that did not become a document, because its front matter or its name has
/// errors. The render checks still run on its body, so a broken front matter does not hide a
/// broken link or a script until the next run, and links to the page it will be are not broken.
/// </summary>
/// <param name="SitePath">The page it will be once fixed, or null when its name cannot become a page.</param>
/// <param name="Body">Null when the body cannot be found: the file is not UTF-8, or its --- lines are missing.</param>
public sealed record RejectedDocument(SourceFile File, DocumentKind Kind, string? SitePath, string? Body, int BodyLine);

/// <summary>What the parse stage found: the valid content, and the bodies of the files it rejected.</summary>
public sealed record LoadedContent(ContentSet Content, IReadOnlyList<RejectedDocument> Rejected);
