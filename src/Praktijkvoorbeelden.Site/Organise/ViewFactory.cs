using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;

namespace Praktijkvoorbeelden.Site.Organise;

/// <summary>Turns content records into the view models that templates show (labels and links, not slugs).</summary>
public sealed class ViewFactory(ContentSet content)
{
    private readonly Vocabularies _v = content.Vocabularies;

    public CardView Card(Voorbeeld v) => new(
        v.Title, v.Path, v.Summary ?? "", Municipalities(v), Links("themas", v.Themes, "/themas/"), v.Year,
        _v["statussen"].LabelOf(v.Status), DutchDates.Iso(v.Checked));

    public ExampleView Example(Voorbeeld v, IReadOnlyList<Voorbeeld> related) => new(
        Scale: _v["schalen"].LabelOf(v.Scale),
        ScaleDescription: _v["schalen"].Find(v.Scale)?.Description ?? "",
        Municipalities: Municipalities(v),
        Themes: Links("themas", v.Themes, "/themas/"),
        TargetGroups: Links("doelgroepen", v.TargetGroups, "/doelgroepen/"),
        ParticipationLevel: v.ParticipationLevel is { } p ? Links("participatieniveaus", [p], "/participatieniveaus/")[0] : null,
        WorkForms: Links("werkvormen", v.WorkForms, "/werkvormen/"),
        Year: v.Year,
        Status: _v["statussen"].LabelOf(v.Status),
        Checked: DutchDates.Format(v.Checked),
        CheckedIso: DutchDates.Iso(v.Checked),
        Sources: v.Sources.Select(s => new SourceView(s.Title, s.Organisation, s.Url, s.Date is { } d ? DutchDates.Format(d) : null)).ToList(),
        Contact: v.Contact,
        Related: related.Select(Card).ToList());

    private static List<LinkView> Municipalities(Voorbeeld v) =>
        v.Municipalities.Select(m => new LinkView(m, $"/gemeenten/{Slugs.From(m)}/")).ToList();

    private List<LinkView> Links(string vocabulary, IEnumerable<string> slugs, string folder) =>
        slugs.Select(s => _v[vocabulary].Find(s) is { } t ? new LinkView(t.Label, folder + s + "/", t.Description) : new LinkView(s, folder + s + "/"))
            .ToList();
}
