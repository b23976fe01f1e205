using TraumaBondCms.GraphQL.Validation.Rules;

namespace TraumaBondCms.GraphQL.Validation;

/// <summary>
/// The validation rules of spec §5 (https://spec.graphql.org/October2021/#sec-Validation), one per
/// subsection, in spec order. Every error a rule reports carries <c>extensions.code</c>
/// <c>GRAPHQL_VALIDATION_FAILED</c> and <c>extensions.rule</c> = the rule's <see cref="ValidationRule.Name"/>.
/// </summary>
public static class SpecifiedRules
{
    /// <summary>Every rule of §5, in spec order. Immutable and thread safe.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new ExecutableDefinitionsRule(),
        new OperationNameUniquenessRule(),
        new LoneAnonymousOperationRule(),
        new SingleRootFieldRule(),
        new FieldSelectionsRule(),
        new FieldSelectionMergingRule(),
        new LeafFieldSelectionsRule(),
        new ArgumentNamesRule(),
        new ArgumentUniquenessRule(),
        new RequiredArgumentsRule(),
        new FragmentNameUniquenessRule(),
        new FragmentSpreadTypeExistenceRule(),
        new FragmentsOnCompositeTypesRule(),
        new FragmentsMustBeUsedRule(),
        new FragmentSpreadTargetDefinedRule(),
        new FragmentSpreadsMustNotFormCyclesRule(),
        new FragmentSpreadIsPossibleRule(),
        new ValuesOfCorrectTypeRule(),
        new InputObjectFieldNamesRule(),
        new InputObjectFieldUniquenessRule(),
        new InputObjectRequiredFieldsRule(),
        new DirectivesAreDefinedRule(),
        new DirectivesAreInValidLocationsRule(),
        new DirectivesAreUniquePerLocationRule(),
        new VariableUniquenessRule(),
        new VariablesAreInputTypesRule(),
        new AllVariableUsesDefinedRule(),
        new AllVariablesUsedRule(),
        new AllVariableUsagesAreAllowedRule(),
    ];
}
