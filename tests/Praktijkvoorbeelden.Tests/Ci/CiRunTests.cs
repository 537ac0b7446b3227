using System.Diagnostics;
using Praktijkvoorbeelden.Tests.Support;

namespace Praktijkvoorbeelden.Tests.Ci;

/// <summary>
/// .ci/run with a stand-in for `dotnet` (and for the apt tools), so the test never runs the real
/// suite: it runs exactly `dotnet test`, passes on its exit code, prints the skipped count and then,
/// as its very last line, "N passed, N failed" from the test results.
/// </summary>
public sealed class CiRunTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pv-ci-").FullName;

    public CiRunTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".ci"));
        File.Copy(Path.Combine(Repository.Root, ".ci", "run"), Path.Combine(_root, ".ci", "run"));
        var bin = Directory.CreateDirectory(Path.Combine(_root, "bin")).FullName;
        Tool(bin, "dotnet", "echo \"$@\" > \"$FAKE_ARGS\"\nprintf '%b' \"$FAKE_OUTPUT\"\nexit \"$FAKE_STATUS\"");
        foreach (var name in new[] { "chromium", "hunspell", "apt-get" })
        {
            Tool(bin, name, "exit 0");
        }

        Tool(bin, "sudo", "exec \"$@\"");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("Test run summary: Passed!\\n  total: 12\\n  failed: 0\\n  succeeded: 10\\n  skipped: 2\\n", 0, "2 skipped", "10 passed, 0 failed")]
    [InlineData("Test run summary: Failed!\\n  total: 12\\n  failed: 3\\n  succeeded: 8\\n  skipped: 1\\n", 1, "1 skipped", "8 passed, 3 failed")]
    [InlineData("error CS1002: ; expected\\n", 1, "0 skipped", "0 passed, 1 failed")] // a build error is never green
    public async Task The_last_line_is_passed_and_failed_and_the_one_before_it_the_skipped_tests(string testOutput, int status, string skippedLine, string lastLine)
    {
        var (exitCode, output, arguments) = await RunAsync(testOutput, status);

        Assert.Equal(status, exitCode);
        Assert.Equal("test", arguments);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(lastLine, lines[^1]);
        Assert.Equal(skippedLine, lines[^2]);
        Assert.Matches("^[0-9]+ passed, [0-9]+ failed$", lines[^1]);
    }

    private async Task<(int ExitCode, string Output, string Arguments)> RunAsync(string testOutput, int status)
    {
        var args = Path.Combine(_root, "args.txt");
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(_root, ".ci", "run"));
        start.Environment["PATH"] = Path.Combine(_root, "bin") + ":/usr/bin:/bin";
        start.Environment["FAKE_OUTPUT"] = testOutput;
        start.Environment["FAKE_STATUS"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["FAKE_ARGS"] = args;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        _ = await error;
        return (process.ExitCode, await output, (await File.ReadAllTextAsync(args, TestContext.Current.CancellationToken)).Trim());
    }

    private static void Tool(string bin, string name, string body)
    {
        var path = Path.Combine(bin, name);
        File.WriteAllText(path, "#!/bin/bash\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) // .ci/run is a bash script for Debian CI machines
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
