using Praktijkvoorbeelden.Content.Tests.Support;
using Praktijkvoorbeelden.Site.Pipeline;

namespace Praktijkvoorbeelden.Content.Tests;

public sealed class PipelineCheckTests
{
    [Fact]
    public void The_real_content_passes_the_check_without_errors_or_warnings()
    {
        // The same run as `dotnet run --project src/Praktijkvoorbeelden -- check`: every stage up to
        // the link verification, without touching output/.
        var result = SiteBuilder.Build(new BuildOptions { RootDirectory = Repository.Root, CheckOnly = true });

        Assert.True(result.Diagnostics.Count == 0, "input/ gives diagnostics:\n" + string.Join('\n', result.Diagnostics));
        Assert.True(result.PageCount > 0, "The check laid out no pages.");
    }
}
