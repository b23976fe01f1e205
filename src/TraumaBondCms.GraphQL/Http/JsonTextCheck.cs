using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace TraumaBondCms.GraphQL.Http;

/// <summary>
/// Finds JSON strings that cannot become .NET strings: bytes that are not UTF-8, and <c>\u</c> escapes of an unpaired
/// surrogate such as <c>"\ud800"</c> (RFC 8259 §8.2 leaves them to the parser; Unicode text cannot hold them).
/// System.Text.Json parses both without complaint and throws only when the string is read, so a request body is
/// checked as a whole before anything reads it. Thread safe.
/// </summary>
public static class JsonTextCheck
{
    /// <summary>
    /// Looks for the first string or property name in <paramref name="utf8Json"/> that does not decode. Returns false
    /// when every one decodes, or when the text is not well-formed JSON (the parser reports that); otherwise true with
    /// <paramref name="path"/> naming where (<c>fields.title</c>, <c>roles[2]</c>, empty for the root) and
    /// <paramref name="message"/> saying what is wrong.
    /// </summary>
    public static bool TryFindUndecodable(ReadOnlySpan<byte> utf8Json, out string path, out string message)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 256 });
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (!Decodes(ref reader, out var name))
                        {
                            (path, message) = (PathOf(frames, includeLastName: false), "A property name is not valid Unicode text" + Why(ref reader));
                            return true;
                        }

                        frames[^1] = frames[^1] with { Name = name };
                        continue;
                    case JsonTokenType.String when !Decodes(ref reader, out _):
                        Step(frames);
                        (path, message) = (PathOf(frames, includeLastName: true), "The text is not valid Unicode" + Why(ref reader));
                        return true;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Step(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        continue;
                    default:
                        Step(frames);
                        continue;
                }
            }
        }
        catch (JsonException)
        {
            // Not well-formed: whoever parses the body says so, with its own position.
        }

        (path, message) = (string.Empty, string.Empty);
        return false;
    }

    private static bool Decodes(ref Utf8JsonReader reader, out string? value)
    {
        try
        {
            value = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = null;
            return false;
        }
    }

    // The raw bytes are valid UTF-8 unless they are the problem; then it is an escape of half a surrogate pair.
    private static string Why(ref Utf8JsonReader reader) =>
        Utf8.IsValid(reader.ValueSpan)
            ? $" (byte {reader.TokenStartIndex}): a \\u escape names half of a surrogate pair without the other half, e.g. \"\\ud800\"."
            : $" (byte {reader.TokenStartIndex}): the bytes are not UTF-8.";

    // A value in an array advances its index; the value of a property keeps the property's name.
    private static void Step(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
        }
    }

    private static string PathOf(List<Frame> frames, bool includeLastName)
    {
        var path = new StringBuilder();
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            if (frame.IsArray && frame.Index >= 0)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (!frame.IsArray && frame.Name is not null && (includeLastName || i < frames.Count - 1))
            {
                path.Append(path.Length == 0 ? string.Empty : ".").Append(frame.Name);
            }
        }

        return path.ToString();
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Name);
}
