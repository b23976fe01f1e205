using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.1.1: <see cref="ExecutableDefinitionsRule"/>.</summary>
public class ExecutableDefinitionsRuleTests
{
    private static readonly string Rule = new ExecutableDefinitionsRule().Name;

    [Theory]
    [InlineData("{ dog { ...F } } fragment F on Dog { name }")]
    [InlineData("query A { dog { name } } mutation B { renameDog(id: 1, name: \"x\") { name } }")]
    public void Should_accept_document_when_it_holds_only_operations_and_fragments(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_type_definition_when_document_holds_one()
    {
        var document = """
            query Q { dog { name } }
            type Cow { name: String }
            """;

        ExpectError(Rule, document, "The type definition \"Cow\" is not executable: a request may contain only operations and fragments.", 2, 1);
    }

    [Fact]
    public void Should_report_each_schema_definition_and_extension_when_document_holds_them()
    {
        var document = """
            { dog { name } }
            schema { query: Query }
            extend type Dog { color: String }
            extend schema @foo
            """;

        ExpectErrors(
            Rule,
            document,
            new Expected("The schema definition is not executable: a request may contain only operations and fragments.", (2, 1)),
            new Expected("The type extension \"Dog\" is not executable: a request may contain only operations and fragments.", (3, 1)),
            new Expected("The schema definition is not executable: a request may contain only operations and fragments.", (4, 1)));
    }

    [Fact]
    public void Should_report_directive_definition_when_document_holds_one()
    {
        var document = """
            directive @mine on FIELD
            { dog { name } }
            """;

        ExpectError(Rule, document, "The directive definition \"@mine\" is not executable: a request may contain only operations and fragments.", 1, 1);
    }
}
