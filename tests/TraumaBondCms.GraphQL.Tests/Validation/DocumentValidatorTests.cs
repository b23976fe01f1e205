using System.Text;
using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Tests.Validation.Support;
using TraumaBondCms.GraphQL.Validation;

namespace TraumaBondCms.GraphQL.Tests.Validation;

public class DocumentValidatorTests
{
    [Fact]
    public void Should_return_no_errors_when_document_is_valid()
    {
        var document = """
            query Q($id: ID!, $surname: Boolean = false) {
              node(id: $id) { id ... on Dog { name(surname: $surname) owner { pets { ...PetName } } } }
              search(filter: {byColor: TAN}) { __typename ...PetName }
            }
            fragment PetName on Pet { name nickname }
            """;

        var errors = ValidationHarness.Validate(document);

        Assert.Empty(errors);
    }

    [Fact]
    public void Should_tag_each_error_with_code_rule_and_locations_when_document_is_invalid()
    {
        var document = "{ dog { meows } }";

        var error = Assert.Single(ValidationHarness.Validate(document));

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal("FieldSelections", error.Extensions!["rule"]);
        Assert.Equal(
            """{"message":"Cannot query field \u0022meows\u0022 on type \u0022Dog\u0022.","locations":[{"line":1,"column":9}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED","rule":"FieldSelections"}}""",
            error.ToJson());
    }

    [Fact]
    public void Should_stop_with_a_closing_error_when_error_limit_is_reached()
    {
        var document = "{ dog { " + string.Join(' ', Enumerable.Range(0, 10).Select(i => $"unknown{i}")) + " } }";

        var errors = ValidationHarness.Validate(document, options: new ValidationOptions { MaxErrors = 3 });

        Assert.Equal(4, errors.Count);
        Assert.Equal("Too many validation errors: validation stopped after 3.", errors[3].Message);
        Assert.Equal(ErrorCodes.ValidationFailed, errors[3].Code);
    }

    [Fact]
    public void Should_refuse_options_when_error_limit_is_below_one()
    {
        var document = Parser.Parse("{ dog { name } }");

        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentValidator.Validate(ValidationTestSchema.Schema, document, new ValidationOptions { MaxErrors = 0 }));
    }

    [Fact]
    public void Should_list_every_rule_once_in_spec_order_when_reading_specified_rules()
    {
        var rules = SpecifiedRules.All;

        var sections = rules.Select(rule => rule.SpecSection.Split('.').Select(int.Parse).ToArray()).ToList();
        Assert.Equal(29, rules.Count);
        Assert.Equal(rules.Count, rules.Select(rule => rule.Name).Distinct().Count());
        for (var i = 1; i < sections.Count; i++)
        {
            Assert.True(CompareSections(sections[i - 1], sections[i]) < 0, $"{rules[i - 1]} should come before {rules[i]}.");
        }
    }

    [Fact]
    public void Should_report_non_executable_definition_once_when_it_holds_unknown_names()
    {
        var document = "{ dog { name } }\ntype Cow { moo: Milk @nope }";

        var errors = ValidationHarness.Validate(document);

        Assert.Equal("ExecutableDefinitions", ValidationHarness.RuleOf(Assert.Single(errors)));
    }

    [Fact]
    public void Should_run_custom_rule_in_the_same_walk_when_options_add_one()
    {
        var options = new ValidationOptions { Rules = [.. SpecifiedRules.All, new NoDeprecatedFieldsRule()] };

        var errors = ValidationHarness.Validate("{ oldName dog { name } }", options: options);

        var error = Assert.Single(errors);
        Assert.Equal("Field \"Query.oldName\" is deprecated: Use name.", error.Message);
        Assert.Equal("NoDeprecatedFields", error.Extensions!["rule"]);
    }

    [Fact]
    public void Should_keep_variable_rules_right_when_a_custom_rule_reads_usages_before_the_walk_ends()
    {
        // The fragment using $a comes after the operation, so usages read at the operation's end miss it.
        var options = new ValidationOptions { Rules = [new EarlyUsageReaderRule(), .. SpecifiedRules.All] };

        var errors = ValidationHarness.Validate(
            "query Q($a: Int) { complicatedArgs { ...F } }\nfragment F on ComplicatedArgs { intArgField(intArg: $a) }",
            options: options);

        Assert.Empty(errors);
    }

    [Fact]
    public void Should_give_the_same_errors_when_validating_one_document_on_many_threads()
    {
        var document = Parser.Parse("query Q($i: Int) { dog { meows } complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } ...Missing }");
        var expected = DocumentValidator.Validate(ValidationTestSchema.Schema, document).Select(error => error.ToJson()).ToList();

        var results = new List<string>[16];
        Parallel.For(0, results.Length, i => results[i] = DocumentValidator.Validate(ValidationTestSchema.Schema, document).Select(error => error.ToJson()).ToList());

        Assert.Equal(3, expected.Count);
        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void Should_find_the_conflict_without_expanding_fragments_when_each_fragment_spreads_the_next_twice()
    {
        // Expanded, this document would hold 2^40 copies of the last fragment's fields.
        const int Depth = 40;
        var text = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < Depth; i++)
        {
            text.Append($"fragment F{i} on Dog {{ ...F{i + 1} owner {{ ...H{i} }} ...F{i + 1} }}\nfragment H{i} on Human {{ name }}\n");
        }

        text.Append($"fragment F{Depth} on Dog {{ x: name x: nickname }}\n");

        var errors = ValidationHarness.Validate(text.ToString());

        var error = Assert.Single(errors);
        Assert.Equal("FieldSelectionMerging", ValidationHarness.RuleOf(error));
    }

    private static int CompareSections(int[] left, int[] right)
    {
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            if (left[i] != right[i])
            {
                return left[i].CompareTo(right[i]);
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private sealed class EarlyUsageReaderRule : ValidationRule
    {
        public override string Name => "EarlyUsageReader";

        public override string SpecSection => "";

        public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

        private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
        {
            protected override void LeaveOperationDefinition(OperationDefinitionNode node, AstWalkContext context) =>
                Context.GetRecursiveVariableUsages(node);
        }
    }

    // A custom rule outside the spec, as a server might add: it reads the field definition the walk is on.
    private sealed class NoDeprecatedFieldsRule : ValidationRule
    {
        public override string Name => "NoDeprecatedFields";

        public override string SpecSection => "";

        public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

        private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
        {
            protected override VisitAction EnterField(FieldNode node, AstWalkContext context)
            {
                if (Context.FieldDefinition is { IsDeprecated: true } field && Context.ParentType is { } parent)
                {
                    Report($"Field \"{parent.Name}.{field.Name}\" is deprecated: {field.DeprecationReason}", node);
                }

                return VisitAction.Continue;
            }
        }
    }
}
