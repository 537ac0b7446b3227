using System.Xml.Linq;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Organise;

/// <summary>feed.xml: an Atom feed of the voorbeelden, newest (most recently checked) first.</summary>
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static GeneratedFile Create(SiteSettings settings, IReadOnlyList<Voorbeeld> voorbeelden)
    {
        var newest = voorbeelden.OrderByDescending(v => v.Checked).ThenBy(v => v.Title, StringComparer.Ordinal).Take(50).ToList();
        var updated = newest.Count > 0 ? Timestamp(newest[0].Checked) : "2026-01-01T00:00:00Z";
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "nl"),
            new XElement(Atom + "title", settings.SiteTitle),
            new XElement(Atom + "subtitle", settings.SiteDescription),
            new XElement(Atom + "id", settings.AbsoluteUrl("/")),
            new XElement(Atom + "updated", updated),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", settings.AbsoluteUrl("/feed.xml"))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", settings.AbsoluteUrl("/"))),
            new XElement(Atom + "author", new XElement(Atom + "name", settings.SiteTitle)),
            new XElement(Atom + "rights", "Teksten: CC BY 4.0"),
            newest.Select(v => new XElement(Atom + "entry",
                new XElement(Atom + "title", v.Title),
                new XElement(Atom + "id", settings.AbsoluteUrl(v.Path)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", settings.AbsoluteUrl(v.Path))),
                new XElement(Atom + "updated", Timestamp(v.Checked)),
                new XElement(Atom + "summary", v.Summary),
                v.Themes.Select(t => new XElement(Atom + "category", new XAttribute("term", t))))));
        return new GeneratedFile("feed.xml", new XDeclaration("1.0", "utf-8", null) + "\n" + feed);
    }

    private static string Timestamp(DateOnly date) => DutchDates.Iso(date) + "T00:00:00Z";
}
