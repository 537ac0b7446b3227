using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Praktijkvoorbeelden.Search.Indexing;

/// <summary>
/// The result row of a voorbeeld (id, url, title, summary) as one doc value: each text with its
/// length in front (Lucene's own string encoding), so no character is special.
/// </summary>
internal static class ResultRow
{
    public static BytesRef Write(string id, string url, string title, string summary)
    {
        var buffer = new byte[(4 * 5) + (System.Text.Encoding.UTF8.GetMaxByteCount(id.Length + url.Length + title.Length + summary.Length))];
        var output = new ByteArrayDataOutput(buffer);
        output.WriteString(id);
        output.WriteString(url);
        output.WriteString(title);
        output.WriteString(summary);
        return new BytesRef(buffer, 0, output.Position);
    }

    public static (string Id, string Url, string Title, string Summary) Read(BytesRef row)
    {
        var input = new ByteArrayDataInput(row.Bytes, row.Offset, row.Length);
        return (input.ReadString(), input.ReadString(), input.ReadString(), input.ReadString());
    }
}
