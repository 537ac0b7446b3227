using System.Security.Cryptography;

namespace Praktijkvoorbeelden.Site.Index;

/// <summary>Short content hashes for file names that may be cached forever: new content, new name.</summary>
internal static class ContentHash
{
    private const int Length = 10;

    public static string Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..Length];

    public static string Of(string content) => Of(System.Text.Encoding.UTF8.GetBytes(content));
}
