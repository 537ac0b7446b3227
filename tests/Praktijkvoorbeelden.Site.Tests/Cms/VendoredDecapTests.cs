using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Praktijkvoorbeelden.Site.Tests.Support;

namespace Praktijkvoorbeelden.Site.Tests.Cms;

/// <summary>
/// The vendored Decap CMS is pinned: theme/admin/decap-cms.js.sha256 records its npm version and
/// SHA-256. A changed script fails here until someone updates the record on purpose.
/// </summary>
public sealed partial class VendoredDecapTests
{
    private static readonly string Folder = Path.Combine(Repository.Root, "theme", "admin");

    [Fact]
    public void The_script_is_exactly_the_recorded_one()
    {
        var (_, hash) = Record();

        var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Folder, "decap-cms.js"))));

        Assert.True(hash == actual,
            $"theme/admin/decap-cms.js is not the recorded file (SHA-256 {actual}, recorded {hash}). " +
            "If you replaced it on purpose, write its version and hash in theme/admin/decap-cms.js.sha256 (see docs/webeditor.md).");
    }

    [Fact]
    public void The_recorded_version_is_the_version_of_the_script_and_of_its_licence_note()
    {
        var (version, _) = Record();

        var licence = File.ReadLines(Path.Combine(Folder, "LICENSE.txt")).First();
        Assert.Equal($"Decap CMS {version} (npm package decap-cms, file dist/decap-cms.js), vendored unchanged.", licence);
        Assert.Contains($"console.log(\"decap-cms {version}\")", File.ReadAllText(Path.Combine(Folder, "decap-cms.js")), StringComparison.Ordinal);
    }

    /// <summary>The record, in the format of sha256sum plus comment lines, so `sha256sum -c` can check it too.</summary>
    private static (string Version, string Hash) Record()
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, "decap-cms.js.sha256"));
        var version = Assert.Single(lines.Select(l => VersionLine().Match(l)), m => m.Success).Groups["version"].Value;
        var hash = Assert.Single(lines.Where(l => !l.StartsWith('#')).Select(l => HashLine().Match(l)), m => m.Success).Groups["hash"].Value;
        Assert.All(lines.Where(l => !l.StartsWith('#')), l => Assert.Matches(HashLine(), l));
        return (version, hash);
    }

    [GeneratedRegex(@"^# decap-cms (?<version>\d+\.\d+\.\d+) ")]
    private static partial Regex VersionLine();

    [GeneratedRegex("^(?<hash>[0-9a-f]{64})  decap-cms\\.js$")]
    private static partial Regex HashLine();
}
