namespace TraumaBondCms.GraphQL.Validation;

/// <summary>
/// One validation rule of spec §5 (https://spec.graphql.org/October2021/#sec-Validation), or a custom rule.
/// A rule is stateless and thread safe: every validation run asks it for a fresh
/// <see cref="ValidationVisitor"/> that holds the run's state. <see cref="SpecifiedRules.All"/> lists the
/// spec's rules in spec order.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>
    /// The stable name reported as <c>extensions.rule</c> on every error of this rule, e.g.
    /// <c>FieldSelectionMerging</c>. Clients may match on it, so it never changes once published.
    /// </summary>
    public abstract string Name { get; }

    /// <summary>The spec section the rule implements, e.g. <c>5.3.2</c>; empty for a rule outside the spec.</summary>
    public abstract string SpecSection { get; }

    /// <summary>Creates the visitor that applies this rule during one validation run; never shared between runs.</summary>
    public abstract ValidationVisitor CreateVisitor(ValidationContext context);

    /// <summary>The rule's name and spec section, e.g. <c>FieldSelectionMerging (§5.3.2)</c>.</summary>
    public override string ToString() => SpecSection.Length == 0 ? Name : $"{Name} (§{SpecSection})";
}
