using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Tests.Validation.Support;
using TraumaBondCms.GraphQL.Validation;

namespace TraumaBondCms.GraphQL.Tests.Validation.Oracle;

/// <summary>
/// The documents compared with graphql-js: the hand-written entries of corpus.graphql (every §5 rule, valid
/// and invalid), lexer edge cases built in code (control characters, lone surrogates), documents from
/// <see cref="ValidationDocumentGenerator"/> at several fault rates, and token-level mutations of hand-written
/// and generated valid documents, all from fixed seeds. (Runs of 8,000 generated and mutated documents with
/// other seeds, made while writing the validator, found no disagreement beyond <see cref="JustifiedDifferences"/>.)
/// </summary>
internal static class OracleCorpus
{
    public const int GeneratedCount = 200;
    public const int MutatedCount = 200;

    public sealed record Entry(string Name, string Document);

    public static IReadOnlyList<Entry> All()
    {
        var handWritten = HandWritten();
        var entries = new List<Entry>(handWritten);
        entries.AddRange(LexerCases());

        var generatorRandom = new Random(5_2_3);
        for (var i = 0; i < GeneratedCount; i++)
        {
            var generator = new ValidationDocumentGenerator(ValidationTestSchema.Schema, generatorRandom) { FaultRate = (i % 4) * 0.05 };
            entries.Add(new Entry($"generated-{i:000}", generator.Document()));
        }

        var valid = handWritten.Where(entry => entry.Name.Contains("-valid-", StringComparison.Ordinal)).ToList();
        var random = new Random(2021);
        var mutator = new DocumentMutator(ValidationTestSchema.Schema, random);
        for (var i = 0; i < MutatedCount; i++)
        {
            // Half mutate hand-written valid documents, half freshly generated valid ones.
            if (i % 2 == 0)
            {
                var seed = valid[random.Next(valid.Count)];
                entries.Add(new Entry($"mutated-{i:000}-of-{seed.Name}", mutator.Mutate(seed.Document)));
            }
            else
            {
                var generator = new ValidationDocumentGenerator(ValidationTestSchema.Schema, random) { FaultRate = 0 };
                entries.Add(new Entry($"mutated-{i:000}-of-generated", mutator.Mutate(generator.Document())));
            }
        }

        return entries;
    }

    public static IReadOnlyList<Entry> HandWritten()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Validation", "Oracle", "corpus.graphql");
        var entries = new List<Entry>();
        string? name = null;
        var lines = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# === ", StringComparison.Ordinal))
            {
                Flush();
                name = line["# === ".Length..].Trim();
            }
            else if (name is not null)
            {
                lines.Add(line);
            }
        }

        Flush();
        return entries;

        void Flush()
        {
            if (name is not null)
            {
                entries.Add(new Entry(name, string.Join('\n', lines)));
            }

            lines.Clear();
        }
    }

    // October 2021 §2.1.1: SourceCharacter is any Unicode scalar value, so control characters are fine in
    // strings, block strings and comments, but not elsewhere; a lone surrogate is never a SourceCharacter.
    private static IEnumerable<Entry> LexerCases() =>
    [
        new("lexer-control-characters-in-string", "{ complicatedArgs { stringArgField(stringArg: \"a\u0001b\u001fc\u0000\") } }"),
        new("lexer-control-characters-in-block-string", "{ complicatedArgs { stringArgField(stringArg: \"\"\"bell\u0007\nnext\"\"\") } }"),
        new("lexer-control-characters-in-comment", "# note\u0002\n{ dog { name } }"),
        new("lexer-control-character-outside-string", "{ dog { name\u0003 } }"),
        new("lexer-lone-surrogate-in-string", "{ complicatedArgs { stringArgField(stringArg: \"a" + '\uD800' + "b\") } }"),
        new("lexer-surrogate-pair-in-string", "{ complicatedArgs { stringArgField(stringArg: \"\U0001F600\") } }"),
        new("lexer-escaped-control-character", "{ complicatedArgs { stringArgField(stringArg: \"\\u0000\\u{1F600}\") } }"),
    ];

    /// <summary>Our verdict for a document: "syntax-error", "valid" or "invalid", with the errors.</summary>
    public static (string Kind, IReadOnlyList<GraphQLError> Errors) Verdict(string document)
    {
        DocumentNode parsed;
        try
        {
            parsed = Parser.Parse(document);
        }
        catch (GraphQLSyntaxException error)
        {
            return ("syntax-error", [error.ToGraphQLError()]);
        }

        var errors = DocumentValidator.Validate(ValidationTestSchema.Schema, parsed);
        return (errors.Count == 0 ? "valid" : "invalid", errors);
    }
}
