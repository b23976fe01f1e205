using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.1 Values of Correct Type (https://spec.graphql.org/October2021/#sec-Values-of-Correct-Type): every
/// literal can be coerced to the input type of its position: scalars and enums through their literal
/// coercion, <c>null</c> only where the type is nullable, lists only where a list is expected (a single value
/// where one is expected counts as a list of one, §3.11). OneOf input objects (the <c>@oneOf</c> RFC) must
/// give exactly one field, not <c>null</c>, and a variable there must be declared non-null by every operation
/// that uses it. Unknown and missing input object fields are §5.6.2 and §5.6.4; variables are §5.8.5.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "ValuesOfCorrectType";

    /// <inheritdoc/>
    public override string SpecSection => "5.6.1";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly List<OneOfVariable> _oneOfVariables = [];
        private ExecutableDefinitionNode? _definition;

        protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node, AstWalkContext context)
        {
            _definition = node;
            return VisitAction.Continue;
        }

        protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, AstWalkContext context)
        {
            _definition = node;
            return VisitAction.Continue;
        }

        protected override VisitAction EnterNullValue(NullValueNode node, AstWalkContext context)
        {
            if (Context.InputType is NonNullType type)
            {
                Report($"Expected value of type \"{type}\", found null.", node);
            }

            return VisitAction.Continue;
        }

        protected override VisitAction EnterListValue(ListValueNode node, AstWalkContext context)
        {
            if (!ValueShapes.IsMisplacedList(Context))
            {
                return VisitAction.Continue;
            }

            CheckLiteral(node, Context.InputType);
            return VisitAction.SkipChildren;
        }

        protected override VisitAction EnterObjectValue(ObjectValueNode node, AstWalkContext context)
        {
            if (ValueShapes.IsMisplacedObject(Context))
            {
                CheckLiteral(node, Context.InputType);
                return VisitAction.SkipChildren;
            }

            if (Context.InputType!.GetNamedType() is InputObjectType { IsOneOf: true } oneOf)
            {
                CheckOneOf(node, oneOf);
            }

            return VisitAction.Continue;
        }

        protected override VisitAction EnterIntValue(IntValueNode node, AstWalkContext context) => CheckLiteral(node, Context.InputType);

        protected override VisitAction EnterFloatValue(FloatValueNode node, AstWalkContext context) => CheckLiteral(node, Context.InputType);

        protected override VisitAction EnterStringValue(StringValueNode node, AstWalkContext context) => CheckLiteral(node, Context.InputType);

        protected override VisitAction EnterBooleanValue(BooleanValueNode node, AstWalkContext context) => CheckLiteral(node, Context.InputType);

        protected override VisitAction EnterEnumValue(EnumValueNode node, AstWalkContext context) => CheckLiteral(node, Context.InputType);

        // A variable in a OneOf field is checked against the declarations of the operations using it, which for
        // a fragment are known only once the whole document has been walked.
        protected override void LeaveDocument(DocumentNode node, AstWalkContext context)
        {
            if (_oneOfVariables.Count == 0)
            {
                return;
            }

            foreach (var definition in node.Definitions)
            {
                if (definition is not OperationDefinitionNode operation)
                {
                    continue;
                }

                var fragments = Context.GetRecursivelyReferencedFragments(operation);
                foreach (var usage in _oneOfVariables)
                {
                    if (ReferenceEquals(usage.Definition, operation) || (usage.Definition is FragmentDefinitionNode fragment && fragments.Contains(fragment)))
                    {
                        CheckOneOfVariable(usage, operation);
                    }
                }
            }
        }

        private VisitAction CheckLiteral(ValueNode node, GraphQLType? type)
        {
            if (type is null)
            {
                return VisitAction.Continue;
            }

            var named = type.GetNamedType();
            if (!named.IsLeafType)
            {
                Report($"Expected value of type \"{type}\", found {Printer.Print(node)}.", node);
                return VisitAction.Continue;
            }

            // Scalars and enums decide through their literal coercion (§3.5, §3.9), which throws on a bad literal.
            try
            {
                if (named is EnumType enumType)
                {
                    if (node is not EnumValueNode enumValue || enumType.GetValue(enumValue.Value) is null)
                    {
                        enumType.ParseLiteral(node);
                    }
                }
                else
                {
                    ((ScalarType)named).ParseLiteral(node);
                }
            }
            catch (ValueCoercionException error)
            {
                Report($"Expected value of type \"{type}\", found {Printer.Print(node)}; {error.Message}", node);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                // A custom scalar's coercion may fail in its own way; the literal is still not acceptable.
                Report($"Expected value of type \"{type}\", found {Printer.Print(node)}; {error.Message}", node);
            }

            return VisitAction.Continue;
        }

        // OneOf Input Objects RFC: exactly one field, whose value is not null.
        private void CheckOneOf(ObjectValueNode node, InputObjectType type)
        {
            var fields = node.Fields;
            var single = fields.Count > 0 ? fields[^1] : null;
            foreach (var field in fields)
            {
                if (field.Name.Value != single!.Name.Value)
                {
                    single = null;
                    break;
                }
            }

            if (single is null)
            {
                Report($"OneOf input object \"{type.Name}\" must specify exactly one field.", node);
            }
            else if (single.Value is NullValueNode)
            {
                Report($"Field \"{type.Name}.{single.Name.Value}\" of OneOf input object must not be null.", node);
            }
            else if (single.Value is VariableNode variable && _definition is not null)
            {
                _oneOfVariables.Add(new OneOfVariable(variable, type, _definition));
            }
        }

        private void CheckOneOfVariable(OneOfVariable usage, OperationDefinitionNode operation)
        {
            var name = usage.Variable.Name.Value;
            var declaration = operation.VariableDefinitions.LastOrDefault(definition => definition.Variable.Name.Value == name);
            if (declaration is not null && declaration.Type is not NonNullTypeNode)
            {
                Report($"Variable \"${name}\" must be non-nullable to be used for OneOf input object \"{usage.Type.Name}\".", usage.Variable, declaration);
            }
        }

        private sealed record OneOfVariable(VariableNode Variable, InputObjectType Type, ExecutableDefinitionNode Definition);
    }
}
