using System.Text;
using TraumaBondCms.GraphQL.Language;

namespace TraumaBondCms.GraphQL.Tests.Language;

/// <summary>
/// Parses 20,000 generated and mutated documents (fixed seed): each must either parse, then print to a
/// fixed point, or fail with <see cref="GraphQLSyntaxException"/>; nothing else may escape.
/// </summary>
public class ParserFuzzTests
{
    private const int Documents = 20_000;
    private static readonly ParserOptions Options = new() { MaxTokens = 2_000, MaxDepth = 12 };

    [Fact]
    public void Should_only_throw_syntax_errors_and_print_to_fixed_point_when_parsing_random_documents()
    {
        var random = new Random(20211026);
        var seeds = new[] { KitchenSink.Read("executable.graphql"), KitchenSink.Read("schema.graphql") };
        var parsed = 0;

        for (var i = 0; i < Documents; i++)
        {
            var generated = new DocumentGenerator(random).Document();
            var text = (i % 4) switch
            {
                0 => generated,
                1 => Mutate(random, generated),
                2 => Mutate(random, seeds[random.Next(seeds.Length)]),
                _ => Mutate(random, Mutate(random, generated)),
            };

            parsed += ParsesToFixedPoint(text) ? 1 : 0;
        }

        Assert.InRange(parsed, Documents / 4, Documents);
    }

    private static bool ParsesToFixedPoint(string text)
    {
        try
        {
            var printed = Printer.Print(Parser.Parse(text, Options));
            Assert.Equal(printed, Printer.Print(Parser.Parse(printed, ParserOptions.Trusted)));
            return true;
        }
        catch (GraphQLSyntaxException)
        {
            return false;
        }
    }

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        const string alphabet = "{}()[]!$&:=@|.\"\\#,\n\r\t -_0123456789eEazAZ\u00e9\uD83D\uDE00\uFEFF\u0000";
        for (var edits = random.Next(1, 4); edits > 0 && builder.Length > 0; edits--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0: builder.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                case 1: builder.Remove(at, Math.Min(random.Next(1, 4), builder.Length - at)); break;
                case 2: builder[at] = alphabet[random.Next(alphabet.Length)]; break;
                default: builder.Length = at; break;
            }
        }

        return builder.ToString();
    }
}
