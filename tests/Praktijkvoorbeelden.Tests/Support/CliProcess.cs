using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Praktijkvoorbeelden.Tests.Support;

/// <summary>Runs the real command line (the built Praktijkvoorbeelden.dll) in a folder, as a contributor would.</summary>
internal static class CliProcess
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "Praktijkvoorbeelden.dll");

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] arguments) =>
        RunAsync(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <param name="environment">Variables to set for the tool only, such as HOME.</param>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Tool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("GITHUB_ACTIONS"); // plain output, whatever machine runs the tests
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>The dotnet host that runs this test, so the tool runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (fromEnvironment is not null && File.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var besideRuntime = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", name));
        return File.Exists(besideRuntime) ? besideRuntime : name;
    }
}
