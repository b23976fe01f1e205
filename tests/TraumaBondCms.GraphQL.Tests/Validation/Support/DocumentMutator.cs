using System.Text;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Validation.Support;

/// <summary>
/// Mutates document text token by token: swaps a name for another name the schema knows (or does not),
/// a literal for another literal, deletes, duplicates or swaps tokens, or edits raw characters (control
/// characters and lone surrogates included). Deterministic for a given <see cref="Random"/>. No
/// test-framework dependency: the fuzz console compiles it too.
/// </summary>
internal sealed class DocumentMutator
{
    private static readonly string[] Literals = ["0", "-1", "2147483648", "1.0", "1e3", "\"x\"", "\"\"", "\"\"\"b\"\"\"", "true", "false", "null", "TAN", "SIT", "[]", "[null]", "{}", "$v"];
    private const string Characters = "{}()[]!$&:=@|.\"\\#,\n\t _0aZ\u00e9\u0000\u0007\uD83D\uDE00";
    private readonly Random _random;
    private readonly string[] _names;

    public DocumentMutator(Schema schema, Random random)
    {
        _random = random;
        var names = new SortedSet<string>(StringComparer.Ordinal) { "query", "mutation", "subscription", "fragment", "on", "skip", "include", "if", "Missing", "__typename", "__schema" };
        foreach (var type in schema.Types)
        {
            names.Add(type.Name);
            switch (type)
            {
                case ComplexOutputType complex:
                    foreach (var field in complex.Fields)
                    {
                        names.Add(field.Name);
                        names.UnionWith(field.Arguments.Select(argument => argument.Name));
                    }

                    break;
                case InputObjectType input:
                    names.UnionWith(input.Fields.Select(field => field.Name));
                    break;
                case EnumType enumType:
                    names.UnionWith(enumType.Values.Select(value => value.Name));
                    break;
            }
        }

        names.UnionWith(schema.Directives.Select(directive => directive.Name));
        _names = [.. names];
    }

    /// <summary>Applies one to three mutations to <paramref name="text"/>.</summary>
    public string Mutate(string text)
    {
        for (var edits = _random.Next(1, 4); edits > 0; edits--)
        {
            text = MutateOnce(text);
        }

        return text;
    }

    private string MutateOnce(string text)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0 || _random.Next(8) == 0)
        {
            return EditCharacters(text);
        }

        var token = tokens[_random.Next(tokens.Count)];
        var builder = new StringBuilder(text);
        switch (_random.Next(6))
        {
            case 0 or 1 when token.Kind == TokenKind.Name:
                return Replace(builder, token, _names[_random.Next(_names.Length)]);
            case 0 or 1 or 2:
                return Replace(builder, token, Literals[_random.Next(Literals.Length)]);
            case 3:
                return Replace(builder, token, "");
            case 4:
                return builder.Insert(token.End, " " + text[token.Start..token.End]).ToString();
            default:
                var other = tokens[_random.Next(tokens.Count)];
                var (first, second) = token.Start <= other.Start ? (token, other) : (other, token);
                if (first.End > second.Start)
                {
                    return text;
                }

                return text[..first.Start] + text[second.Start..second.End] + text[first.End..second.Start] + text[first.Start..first.End] + text[second.End..];
        }
    }

    private static string Replace(StringBuilder builder, Token token, string replacement) =>
        builder.Remove(token.Start, token.End - token.Start).Insert(token.Start, replacement).ToString();

    private string EditCharacters(string text)
    {
        var builder = new StringBuilder(text);
        var at = builder.Length == 0 ? 0 : _random.Next(builder.Length);
        switch (_random.Next(3))
        {
            case 0:
                builder.Insert(at, Characters[_random.Next(Characters.Length)]);
                break;
            case 1 when builder.Length > 0:
                builder.Remove(at, Math.Min(_random.Next(1, 4), builder.Length - at));
                break;
            default:
                builder.Length = at;
                break;
        }

        return builder.ToString();
    }

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        try
        {
            var lexer = new Lexer(new Source(text));
            for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
            {
                tokens.Add(token);
            }
        }
        catch (GraphQLSyntaxException)
        {
            // Keep the tokens read before the lexical error.
        }

        return tokens;
    }
}
