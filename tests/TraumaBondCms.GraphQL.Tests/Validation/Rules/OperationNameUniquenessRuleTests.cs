using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.2.1.1: <see cref="OperationNameUniquenessRule"/>.</summary>
public class OperationNameUniquenessRuleTests
{
    private static readonly string Rule = new OperationNameUniquenessRule().Name;

    [Theory]
    [InlineData("query A { dog { name } } query B { dog { name } }")]
    [InlineData("query Same { dog { ...Same } } fragment Same on Dog { name }")]
    public void Should_accept_document_when_operation_names_differ(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_repeat_with_first_when_two_operations_share_a_name()
    {
        var document = """
            query Same { dog { name } }
            query Same { cat { name } }
            """;

        ExpectErrors(
            Rule,
            document,
            new Expected("There can be only one operation named \"Same\".", (1, 7), (2, 7)));
    }

    [Fact]
    public void Should_report_repeat_when_operations_of_different_kinds_share_a_name()
    {
        var document = """query Same { dog { name } } mutation Same { renameDog(id: 1, name: "x") { name } } subscription Same { catMeowed { name } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("There can be only one operation named \"Same\".", (1, 7), (1, 38)),
            new Expected("There can be only one operation named \"Same\".", (1, 7), (1, 97)));
    }
}
