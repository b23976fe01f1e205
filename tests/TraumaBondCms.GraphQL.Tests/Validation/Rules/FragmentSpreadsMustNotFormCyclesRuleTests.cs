using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.5.2.2: <see cref="FragmentSpreadsMustNotFormCyclesRule"/>.</summary>
public class FragmentSpreadsMustNotFormCyclesRuleTests
{
    private static readonly string Rule = new FragmentSpreadsMustNotFormCyclesRule().Name;

    [Theory]
    [InlineData("{ dog { ...A } } fragment A on Dog { ...B ...C } fragment B on Dog { name } fragment C on Dog { ...B }")]
    public void Should_accept_document_when_spreads_form_no_cycle(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_spread_when_fragment_spreads_itself()
    {
        var document = """
            { dog { ...A } }
            fragment A on Dog { ...A }
            """;

        ExpectError(Rule, document, "Cannot spread fragment \"A\" within itself.", 2, 21);
    }

    [Fact]
    public void Should_report_cycle_with_path_when_fragments_spread_each_other()
    {
        var document = """
            { dog { ...A } }
            fragment A on Dog { ...B }
            fragment B on Dog { ...C }
            fragment C on Dog { ...A }
            """;

        ExpectErrors(
            Rule,
            document,
            new Expected("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (2, 21), (3, 21), (4, 21)));
    }

    [Fact]
    public void Should_report_cycle_once_when_it_does_not_pass_through_the_start()
    {
        var document = """
            { dog { ...A } }
            fragment A on Dog { ...B }
            fragment B on Dog { ...C }
            fragment C on Dog { ...B }
            """;

        ExpectErrors(
            Rule,
            document,
            new Expected("Cannot spread fragment \"B\" within itself via \"C\".", (3, 21), (4, 21)));
    }

    [Fact]
    public void Should_report_cycle_when_it_runs_through_nested_selections()
    {
        var document = """
            { dog { ...A } }
            fragment A on Dog { owner { pets { ... on Dog { ...A } } } }
            """;

        ExpectError(Rule, document, "Cannot spread fragment \"A\" within itself.", 2, 49);
    }
}
