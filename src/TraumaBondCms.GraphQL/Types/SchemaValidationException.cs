namespace TraumaBondCms.GraphQL.Types;

/// <summary>Thrown by <see cref="SchemaBuilder.Build"/> when the schema breaks type system rules; lists every problem found.</summary>
public sealed class SchemaValidationException : Exception
{
    /// <summary>Creates the exception from the list of problems (at least one).</summary>
    public SchemaValidationException(IReadOnlyList<string> problems)
        : base(Format(problems))
    {
        Problems = problems;
    }

    /// <summary>Each problem as a sentence naming the schema element concerned.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Format(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return $"The schema is invalid ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):"
            + string.Concat(problems.Select(problem => "\n - " + problem));
    }
}
