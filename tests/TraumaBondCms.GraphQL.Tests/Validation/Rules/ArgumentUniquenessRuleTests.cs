using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.4.2: <see cref="ArgumentUniquenessRule"/>.</summary>
public class ArgumentUniquenessRuleTests
{
    private static readonly string Rule = new ArgumentUniquenessRule().Name;

    [Theory]
    [InlineData("{ dog { isAtLocation(x: 1, y: 2) } }")]
    public void Should_accept_document_when_arguments_are_distinct(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_every_occurrence_when_argument_is_repeated()
    {
        var document = """{ dog { isAtLocation(x: 1, x: 2, x: 3) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("There can be only one argument named \"x\".", (1, 22), (1, 28), (1, 34)));
    }

    [Fact]
    public void Should_report_each_name_once_when_two_names_repeat()
    {
        var document = """{ dog { isAtLocation(x: 1, y: 2, x: 3, y: 4) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("There can be only one argument named \"x\".", (1, 22), (1, 34)),
            new Expected("There can be only one argument named \"y\".", (1, 28), (1, 40)));
    }

    [Fact]
    public void Should_report_repeat_when_directive_argument_is_repeated()
    {
        var document = """{ dog @skip(if: true, if: false) { name } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("There can be only one argument named \"if\".", (1, 13), (1, 23)));
    }
}
