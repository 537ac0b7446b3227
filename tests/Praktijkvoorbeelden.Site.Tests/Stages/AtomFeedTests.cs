using System.Xml.Linq;
using Praktijkvoorbeelden.Site.Organise;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>feed.xml: valid Atom, newest first, every link absolute with Host and LinkRoot.</summary>
public sealed class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly DateOnly[] CheckedDates =
        [new(2026, 3, 1), new(2026, 11, 25), new(2025, 12, 31), new(2026, 7, 14), new(2026, 11, 24)];

    [Fact]
    public void The_feed_is_valid_atom_in_Dutch()
    {
        var feed = Parse(Samples.Settings("/pv"), [Samples.Voorbeeld("a")]);

        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.Equal("nl", (string?)feed.Root.Attribute(XNamespace.Xml + "lang"));
        foreach (var required in new[] { "id", "title", "updated" })
        {
            Assert.NotNull(feed.Root.Element(Atom + required));
            Assert.All(feed.Root.Elements(Atom + "entry"), e => Assert.NotNull(e.Element(Atom + required)));
        }

        Assert.All(feed.Descendants(Atom + "updated"), u => Assert.True(DateTimeOffset.TryParse(u.Value, out _), u.Value));
    }

    [Fact]
    public void Entries_are_newest_first_whatever_the_input_order()
    {
        var voorbeelden = CheckedDates.Select((d, i) => Samples.Voorbeeld($"v{i}", checkedOn: d)).ToList();

        var updated = Parse(Samples.Settings(), voorbeelden).Root!.Elements(Atom + "entry")
            .Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        Assert.Equal(CheckedDates.Length, updated.Count);
        Assert.Equal(updated.OrderByDescending(u => u), updated);
        Assert.Equal(updated[0], DateTimeOffset.Parse(Parse(Samples.Settings(), voorbeelden).Root!.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_link_and_id_is_absolute_with_host_and_link_root()
    {
        var settings = Samples.Settings("/pv", host: "voorbeelden.example.nl");
        var voorbeelden = new[] { Samples.Voorbeeld("eerste"), Samples.Voorbeeld("tweede") };

        var feed = Parse(settings, voorbeelden);

        var urls = feed.Descendants(Atom + "link").Select(l => (string)l.Attribute("href")!)
            .Concat(feed.Descendants(Atom + "id").Select(i => i.Value)).ToList();
        Assert.All(urls, url => Assert.StartsWith("https://voorbeelden.example.nl/pv/", url, StringComparison.Ordinal));
        var entryLinks = feed.Root!.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "link")!.Attribute("href")!);
        Assert.Equal(voorbeelden.Select(v => settings.AbsoluteUrl(v.Path)).Order(), entryLinks.Order());
        Assert.Contains(feed.Root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == settings.AbsoluteUrl("/feed.xml"));
    }

    [Fact]
    public void Titles_with_markup_characters_stay_text()
    {
        var feed = Parse(Samples.Settings(), [Samples.Voorbeeld("a", title: "Ouders & <jongeren> \"samen\"")]);

        Assert.Equal("Ouders & <jongeren> \"samen\"", feed.Root!.Element(Atom + "entry")!.Element(Atom + "title")!.Value);
    }

    [Fact]
    public void The_feed_does_not_depend_on_the_order_the_files_were_read()
    {
        var voorbeelden = new[] { Samples.Voorbeeld("a"), Samples.Voorbeeld("b") };

        Assert.Equal(AtomFeed.Create(Samples.Settings(), voorbeelden).Content, AtomFeed.Create(Samples.Settings(), voorbeelden.Reverse().ToList()).Content);
    }

    private static XDocument Parse(Praktijkvoorbeelden.Site.Settings.SiteSettings settings, IReadOnlyList<Praktijkvoorbeelden.Site.Model.Voorbeeld> voorbeelden)
    {
        var file = AtomFeed.Create(settings, voorbeelden);
        Assert.Equal("feed.xml", file.RelativePath);
        return XDocument.Parse(file.Content);
    }
}
