using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.4.2.1: <see cref="RequiredArgumentsRule"/>.</summary>
public class RequiredArgumentsRuleTests
{
    private static readonly string Rule = new RequiredArgumentsRule().Name;

    [Theory]
    [InlineData("{ dog { doesKnowCommand(dogCommand: SIT) } complicatedArgs { multipleReqs(req1: 1, req2: 2) } }")]
    [InlineData("{ complicatedArgs { nonNullFieldWithDefault multipleOptAndReq(req1: 1, req2: 2) } }")]
    public void Should_accept_document_when_required_arguments_are_given_or_defaulted(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_field_when_required_argument_is_missing()
    {
        var document = """{ dog { doesKnowCommand } }""";

        ExpectError(Rule, document, "Field \"doesKnowCommand\" argument \"dogCommand\" of type \"DogCommand!\" is required, but it was not provided.", 1, 9);
    }

    [Fact]
    public void Should_report_each_missing_argument_when_several_are_missing()
    {
        var document = """{ complicatedArgs { multipleReqs } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
            new Expected("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (1, 21)));
    }

    [Fact]
    public void Should_report_directive_when_required_argument_is_missing()
    {
        var document = """{ dog @include { name } }""";

        ExpectError(Rule, document, "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", 1, 7);
    }
}
