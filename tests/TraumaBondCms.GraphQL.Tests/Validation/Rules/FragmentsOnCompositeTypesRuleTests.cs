using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.5.1.3: <see cref="FragmentsOnCompositeTypesRule"/>.</summary>
public class FragmentsOnCompositeTypesRuleTests
{
    private static readonly string Rule = new FragmentsOnCompositeTypesRule().Name;

    [Theory]
    [InlineData("{ pet { ... on Dog { name } ... on Pet { name } } catOrDog { ... on CatOrDog { __typename } } }")]
    public void Should_accept_document_when_fragments_apply_to_composite_types(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_inline_fragment_when_it_conditions_on_a_scalar()
    {
        var document = """{ dog { ... on Boolean { name } } }""";

        ExpectError(Rule, document, "Fragment cannot condition on non composite type \"Boolean\".", 1, 16);
    }

    [Fact]
    public void Should_report_fragment_when_it_conditions_on_an_enum()
    {
        var document = """
            { dog { ...F } }
            fragment F on FurColor { name }
            """;

        ExpectError(Rule, document, "Fragment \"F\" cannot condition on non composite type \"FurColor\".", 2, 15);
    }

    [Fact]
    public void Should_report_fragment_when_it_conditions_on_an_input_object()
    {
        var document = """
            { dog { ...F } }
            fragment F on ComplexInput { name }
            """;

        ExpectError(Rule, document, "Fragment \"F\" cannot condition on non composite type \"ComplexInput\".", 2, 15);
    }
}
