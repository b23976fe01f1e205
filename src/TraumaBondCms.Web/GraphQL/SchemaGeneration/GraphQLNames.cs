using System.Text;
using System.Text.RegularExpressions;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>Name conventions of the generated schema: camel case, plurals, SCREAMING_SNAKE enum values, valid GraphQL names.</summary>
internal static partial class GraphQLNames
{
    /// <summary>True when <paramref name="text"/> is a GraphQL name (https://spec.graphql.org/October2021/#Name) usable as an enum value.</summary>
    public static bool IsEnumValue(string text) => Name().IsMatch(text) && text is not ("true" or "false" or "null") && !text.StartsWith("__", StringComparison.Ordinal);

    /// <summary><c>FaqItem</c> → <c>faqItem</c>.</summary>
    public static string Camel(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];

    /// <summary><c>readingMinutes</c> → <c>ReadingMinutes</c>.</summary>
    public static string Pascal(string camel) => char.ToUpperInvariant(camel[0]) + camel[1..];

    /// <summary><c>readingMinutes</c> → <c>READING_MINUTES</c>.</summary>
    public static string ScreamingSnake(string camel)
    {
        var result = new StringBuilder();
        for (var i = 0; i < camel.Length; i++)
        {
            if (i > 0 && char.IsUpper(camel[i]) && !char.IsUpper(camel[i - 1]))
            {
                result.Append('_');
            }

            result.Append(char.ToUpperInvariant(camel[i]));
        }

        return result.ToString();
    }

    /// <summary>A simple English plural: <c>faq</c> → <c>faqs</c>, <c>story</c> → <c>stories</c>, <c>box</c> → <c>boxes</c>.</summary>
    public static string Plural(string word)
    {
        if (word.EndsWith('y') && word.Length > 1 && !"aeiou".Contains(word[^2], StringComparison.Ordinal))
        {
            return word[..^1] + "ies";
        }

        return word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal)
            ? word + "es"
            : word + "s";
    }

    // Spec §2.1.9 Names.
    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*$")]
    private static partial Regex Name();
}
