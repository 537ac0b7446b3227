namespace Praktijkvoorbeelden.Site.Organise;

/// <summary>A page to lay out: which page-type template, with which view.</summary>
public sealed record PagePlan(string Template, PageView Page)
{
    /// <summary>The file in the output for this page ("/themas/x/" -> "themas/x/index.html").</summary>
    public string OutputFile => Page.Path switch
    {
        "/404.html" => "404.html",
        var p => p.TrimStart('/') + "index.html",
    };
}
