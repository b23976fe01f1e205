using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.5.1.1: <see cref="FragmentNameUniquenessRule"/>.</summary>
public class FragmentNameUniquenessRuleTests
{
    private static readonly string Rule = new FragmentNameUniquenessRule().Name;

    [Theory]
    [InlineData("{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { nickname }")]
    public void Should_accept_document_when_fragment_names_differ(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_each_repeat_with_first_when_fragment_is_defined_three_times()
    {
        var document = """
            { dog { ...A } }
            fragment A on Dog { name }
            fragment A on Dog { name }
            fragment A on Dog { name }
            """;

        ExpectErrors(
            Rule,
            document,
            new Expected("There can be only one fragment named \"A\".", (2, 10), (3, 10)),
            new Expected("There can be only one fragment named \"A\".", (2, 10), (4, 10)));
    }
}
