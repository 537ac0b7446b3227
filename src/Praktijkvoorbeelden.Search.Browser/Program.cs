namespace Praktijkvoorbeelden.Search.Browser;

/// <summary>
/// The WebAssembly SDK builds an executable, but the search page never runs it: it starts the
/// runtime with <c>dotnet.create()</c> and calls <see cref="EngineExports"/> directly.
/// </summary>
internal static class Program
{
    private static void Main()
    {
    }
}
